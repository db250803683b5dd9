import type { ServerBuild } from "@remix-run/node";

/** A few of the app's routes, shaped as Remix's build lists them (app/routes/*). */
export const manifest = {
  root: { id: "root", path: "" },
  "routes/_index": { id: "routes/_index", parentId: "root", index: true },
  "routes/iro._index": { id: "routes/iro._index", parentId: "root", path: "iro", index: true },
  "routes/iro.reviews.$reviewId._index": {
    id: "routes/iro.reviews.$reviewId._index",
    parentId: "root",
    path: "iro/reviews/:reviewId",
    index: true,
  },
  "routes/iro.reviews.$reviewId.record": {
    id: "routes/iro.reviews.$reviewId.record",
    parentId: "root",
    path: "iro/reviews/:reviewId/record",
  },
  "routes/me.statements.$statementId.questions.$questionId": {
    id: "routes/me.statements.$statementId.questions.$questionId",
    parentId: "root",
    path: "me/statements/:statementId/questions/:questionId",
  },
  "routes/me.letters.$letterId": {
    id: "routes/me.letters.$letterId",
    parentId: "root",
    path: "me/letters/:letterId",
  },
  "routes/me.letters.$letterId.audio.$number.part.$recordingId": {
    id: "routes/me.letters.$letterId.audio.$number.part.$recordingId",
    parentId: "routes/me.letters.$letterId",
    path: "audio/:number/part/:recordingId",
  },
  "routes/iro.letters[.csv]": {
    id: "routes/iro.letters[.csv]",
    parentId: "root",
    path: "iro/letters.csv",
  },
  "routes/iro.$section": { id: "routes/iro.$section", parentId: "root", path: "iro/:section" },
  "routes/iro.queue": { id: "routes/iro.queue", parentId: "root", path: "iro/queue" },
  "routes/healthz": { id: "routes/healthz", parentId: "root", path: "healthz" },
  "routes/$": { id: "routes/$", parentId: "root", path: "*" },
} as unknown as ServerBuild["routes"];
