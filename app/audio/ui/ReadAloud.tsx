import { useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { useRootData } from "~/root-data";
import { WithIcon, Icon } from "~/ui/Icon";
import { chooseVoice, serverAudio, stringAudioUrl, type ServerAudio } from "../sources";

/**
 * Reads text aloud to a child (issue 15): a person's recording, else the computer voice (and it
 * says so), else the browser's own voice for the language, else "No audio in this language yet".
 * `keys` are the strings read, in order ("ns:key"); `text` is what the browser's voice reads when
 * the server has no audio for them all. `audio` gives the server's audio directly (a letter).
 * Without JavaScript, server audio is a link the browser plays itself.
 * `variant="icon"`: a small speaker beside a picture's word; it shows nothing when there is no audio.
 */
export function ReadAloud({
  keys = [],
  text,
  lang,
  audio,
  variant = "button",
  describedBy,
}: {
  keys?: string[];
  text: string;
  lang: string;
  audio?: ServerAudio | null;
  variant?: "button" | "icon";
  /** For the icon: the id of the words it reads (its name is "Listen", they describe it). */
  describedBy?: string;
}) {
  const { t, i18n } = useTranslation();
  const root = useRootData();
  // The server (and a browser without speech) has no voice; browsers load theirs late.
  const voiceName = useSyncExternalStore(
    subscribeToVoices,
    () => voiceFor(lang)?.name ?? "",
    () => "",
  );
  const fromServer =
    audio !== undefined
      ? audio
      : serverAudio(
          keys.map((key) => {
            const recorded = root?.audio?.lang === lang ? root.audio.recorded[key] : undefined;
            const [ns = "", path = ""] = key.split(":");
            const own = i18n.getResource(lang, ns, path) as unknown;
            const computer =
              root?.audio?.lang === lang &&
              root.audio.computer &&
              typeof own === "string" &&
              !own.includes("{{") &&
              !(root.audio.inEnglishTag && own.startsWith(root.audio.inEnglishTag));
            return {
              recording: recorded ? stringAudioUrl(lang, key, recorded) : null,
              computer: computer ? stringAudioUrl(lang, key, "cv") : null,
            };
          }),
        );
  const voice = chooseVoice(fromServer, !!voiceName);
  const computerLabel = t("common:audio.computerVoice");
  const label = variant === "icon" ? t("common:audio.listen") : t("common:audio.readAloud");

  if (voice.kind === "recording" || voice.kind === "computer") {
    const { urls } = voice;
    const computer = voice.kind === "computer";
    return (
      <a
        className={`button button--secondary read-aloud${variant === "icon" ? " read-aloud--icon" : ""}`}
        href={urls[0]}
        data-voice={voice.kind}
        aria-label={
          variant === "icon" ? (computer ? `${label} (${computerLabel})` : label) : undefined
        }
        aria-describedby={variant === "icon" ? describedBy : undefined}
        title={computer ? t("common:audio.computerVoiceNote") : undefined}
        onClick={(event) => {
          event.preventDefault();
          playInTurn(urls);
        }}
      >
        {variant === "icon" ? (
          <Icon name="speaker" />
        ) : (
          <WithIcon icon="speaker">
            {label}
            {computer ? <span className="read-aloud__kind"> ({computerLabel})</span> : null}
          </WithIcon>
        )}
      </a>
    );
  }
  if (voice.kind === "browser") {
    return (
      <button
        type="button"
        className={`button button--secondary read-aloud${variant === "icon" ? " read-aloud--icon" : ""}`}
        data-voice="browser"
        aria-label={variant === "icon" ? label : undefined}
        aria-describedby={variant === "icon" ? describedBy : undefined}
        onClick={() => {
          const chosen = voiceFor(lang);
          if (!chosen) return;
          stopPlaying();
          const utterance = new SpeechSynthesisUtterance(text);
          utterance.voice = chosen;
          utterance.lang = chosen.lang;
          window.speechSynthesis.speak(utterance);
        }}
      >
        {variant === "icon" ? <Icon name="speaker" /> : <WithIcon icon="speaker">{label}</WithIcon>}
      </button>
    );
  }
  if (variant === "icon") return null;
  return (
    <p className="hint read-aloud" role="note" data-voice="none">
      <WithIcon icon="speaker">{t("common:audio.noAudio")}</WithIcon>
    </p>
  );
}

let playing: HTMLAudioElement | null = null;

function stopPlaying() {
  playing?.pause();
  playing = null;
  if (typeof window.speechSynthesis !== "undefined") window.speechSynthesis.cancel();
}

/** Plays each clip after the one before; pressing again starts again from the first. */
function playInTurn(urls: string[]) {
  stopPlaying();
  const next = (index: number) => {
    const url = urls[index];
    if (!url) return;
    const audio = new Audio(url);
    playing = audio;
    audio.addEventListener("ended", () => {
      if (playing === audio) next(index + 1);
    });
    void audio.play().catch(() => {});
  };
  next(0);
}

function subscribeToVoices(onChange: () => void) {
  if (typeof window.speechSynthesis === "undefined") return () => {};
  window.speechSynthesis.addEventListener("voiceschanged", onChange);
  return () => window.speechSynthesis.removeEventListener("voiceschanged", onChange);
}

function voiceFor(lang: string): SpeechSynthesisVoice | undefined {
  if (typeof window === "undefined" || typeof window.speechSynthesis === "undefined")
    return undefined;
  // Dari is Persian as spoken in Afghanistan: a browser's "fa-AF" voice is a Dari voice.
  const wanted = lang === "prs" ? ["prs", "fa-af"] : [lang];
  return window.speechSynthesis.getVoices().find((v) => {
    const tag = v.lang.toLowerCase().replace("_", "-");
    return wanted.some((w) => (w.includes("-") ? tag.startsWith(w) : tag.split("-")[0] === w));
  });
}
