import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { maxVoiceNoteSeconds } from "../audio";
import { Button } from "~/ui/Button";
import { WithIcon } from "~/ui/Icon";

/**
 * A voice note. Without JavaScript: choose an audio file (a phone offers its recorder).
 * With JavaScript and a microphone: record, stop, play back, record again; the recording is put
 * into the same file field, so the form posts it the same way. Stops itself at 5 minutes.
 */
export function VoiceNoteField({
  id,
  hasNote,
  describedBy,
  name = "voiceNote",
}: {
  id: string;
  hasNote: boolean;
  describedBy?: string;
  /** The file field's name (the recording studio posts "clip"). */
  name?: string;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const recorder = useRef<MediaRecorder | null>(null);
  const timer = useRef<number | undefined>(undefined);
  // Only known in the browser; the server renders the upload field alone.
  const canRecord = useSyncExternalStore(
    noSubscription,
    () => typeof window.MediaRecorder !== "undefined" && !!navigator.mediaDevices?.getUserMedia,
    () => false,
  );
  const [state, setState] = useState<"idle" | "recording" | "recorded" | "denied">("idle");
  const [playback, setPlayback] = useState<string | null>(null);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  async function start() {
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      const chunks: Blob[] = [];
      const rec = new MediaRecorder(stream);
      rec.ondataavailable = (e) => chunks.push(e.data);
      rec.onstop = () => {
        stream.getTracks().forEach((track) => track.stop());
        const blob = new Blob(chunks, { type: rec.mimeType || "audio/webm" });
        const file = new File([blob], "voice-note", { type: blob.type });
        const transfer = new DataTransfer();
        transfer.items.add(file);
        if (input.current) input.current.files = transfer.files;
        setPlayback(URL.createObjectURL(blob));
        setState("recorded");
      };
      recorder.current = rec;
      rec.start();
      setState("recording");
      timer.current = window.setTimeout(
        () => rec.state === "recording" && rec.stop(),
        maxVoiceNoteSeconds * 1000,
      );
    } catch {
      setState("denied");
    }
  }

  function stop() {
    window.clearTimeout(timer.current);
    recorder.current?.stop();
  }

  return (
    <>
      {hasNote ? <p className="panel panel--success">{t("consultation:ui.voiceSaved")}</p> : null}
      {canRecord ? (
        <div className="button-group" aria-live="polite">
          {state === "recording" ? (
            <Button type="button" variant="warning" onClick={stop}>
              <WithIcon icon="stop">{t("consultation:ui.voiceStop")}</WithIcon>
            </Button>
          ) : (
            <Button type="button" variant="secondary" onClick={start}>
              <WithIcon icon="record">
                {state === "recorded"
                  ? t("consultation:ui.voiceAgain")
                  : t("consultation:ui.voiceRecord")}
              </WithIcon>
            </Button>
          )}
          {state === "recording" ? <span>{t("consultation:ui.voiceRecording")}</span> : null}
          {state === "denied" ? <span>{t("consultation:ui.voiceDenied")}</span> : null}
          {playback && state === "recorded" ? (
            // eslint-disable-next-line jsx-a11y/media-has-caption -- the young person's own recording
            <audio controls src={playback} aria-label={t("consultation:ui.voicePlayBack")} />
          ) : null}
        </div>
      ) : null}
      <label className="label" htmlFor={id}>
        {t("consultation:ui.voiceUpload")}
      </label>
      <span className="hint" id={`${id}-hint`}>
        {t("consultation:ui.voiceHint")}
      </span>
      <input
        ref={input}
        id={id}
        name={name}
        type="file"
        accept="audio/*"
        capture="user"
        className="input"
        aria-describedby={[`${id}-hint`, describedBy].filter(Boolean).join(" ")}
      />
    </>
  );
}

const noSubscription = () => () => {};
