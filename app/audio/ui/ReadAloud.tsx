import { useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { WithIcon } from "~/ui/Icon";

/**
 * Reads a question aloud, in three states: a recorded clip when one exists
 * (public/audio/<lang>/<key>.mp3); otherwise the browser's own voice for the language when it has
 * one; otherwise a clear "no audio in this language yet". Without JavaScript the clip is a link.
 */
export function ReadAloud({
  text,
  lang,
  clipUrl,
}: {
  text: string;
  lang: string;
  clipUrl: string | null;
}) {
  const { t } = useTranslation();
  // The server (and a browser without speech) has no voice; browsers load theirs late.
  const voiceName = useSyncExternalStore(
    subscribeToVoices,
    () => voiceFor(lang)?.name ?? "",
    () => "",
  );
  const voice = voiceName ? voiceFor(lang) : undefined;

  if (clipUrl) {
    return (
      <a
        className="button button--secondary read-aloud"
        href={clipUrl}
        onClick={(event) => {
          event.preventDefault();
          void new Audio(clipUrl).play();
        }}
      >
        <WithIcon icon="speaker">{t("consultation:ui.readAloud")}</WithIcon>
      </a>
    );
  }
  if (voice) {
    return (
      <button
        type="button"
        className="button button--secondary read-aloud"
        onClick={() => {
          const utterance = new SpeechSynthesisUtterance(text);
          utterance.voice = voice;
          utterance.lang = voice.lang;
          window.speechSynthesis.cancel();
          window.speechSynthesis.speak(utterance);
        }}
      >
        <WithIcon icon="speaker">{t("consultation:ui.readAloud")}</WithIcon>
      </button>
    );
  }
  return (
    <p className="hint read-aloud" role="note">
      <WithIcon icon="speaker">{t("consultation:ui.noAudio")}</WithIcon>
    </p>
  );
}

function subscribeToVoices(onChange: () => void) {
  if (typeof window.speechSynthesis === "undefined") return () => {};
  window.speechSynthesis.addEventListener("voiceschanged", onChange);
  return () => window.speechSynthesis.removeEventListener("voiceschanged", onChange);
}

function voiceFor(lang: string): SpeechSynthesisVoice | undefined {
  if (typeof window === "undefined" || typeof window.speechSynthesis === "undefined")
    return undefined;
  return window.speechSynthesis
    .getVoices()
    .find((v) => v.lang.toLowerCase().split(/[-_]/)[0] === lang);
}
