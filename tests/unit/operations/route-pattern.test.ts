import { describe, expect, it } from "vitest";
import { routePatterns, unknownRoute } from "~/operations/route-pattern.server";
import { manifest } from "./manifest";

describe("the route a request reached, for logs and metrics", () => {
  const routeOf = routePatterns(manifest);

  it("names the route by its pattern, never by the ids in the address", () => {
    expect(routeOf("/iro/reviews/5f0c2b1e-7d7a-4c51-9a43-0b7c1f3c9e21")).toBe(
      "/iro/reviews/:reviewId",
    );
    expect(routeOf("/iro/reviews/5f0c2b1e/record")).toBe("/iro/reviews/:reviewId/record");
    expect(routeOf("/me/statements/abc/questions/feelings")).toBe(
      "/me/statements/:statementId/questions/:questionId",
    );
  });

  it("joins a nested route's pattern to its parent's", () => {
    expect(routeOf("/me/letters/l-1")).toBe("/me/letters/:letterId");
    expect(routeOf("/me/letters/l-1/audio/2/part/r-9")).toBe(
      "/me/letters/:letterId/audio/:number/part/:recordingId",
    );
  });

  it("prefers a route's fixed words to a parameter, as Remix does", () => {
    expect(routeOf("/iro/queue")).toBe("/iro/queue");
    expect(routeOf("/iro/queue/")).toBe("/iro/queue");
    expect(routeOf("/iro/letters.csv")).toBe("/iro/letters.csv");
    expect(routeOf("/iro/anything")).toBe("/iro/:section");
    expect(routeOf("/iro")).toBe("/iro");
    expect(routeOf("/")).toBe("/");
  });

  it("gives every address no page has one label, so a scan cannot grow the metrics", () => {
    expect(routeOf("/wp-admin/setup.php")).toBe(unknownRoute);
    expect(routeOf("/iro/reviews/abc/no-such-part/Semhar")).toBe(unknownRoute);
  });
});
