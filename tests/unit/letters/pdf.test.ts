import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  closePdfBrowser,
  htmlToPdf,
  maxConcurrentRenders,
  pdfRenderQueue,
  PdfTimeoutError,
} from "~/letters/pdf.server";
import { pdfText } from "../../e2e/pdf-text";

/*
 * The PDF renderer is given only our own HTML, but it runs a whole browser on the server:
 * nothing in a letter may make it run code, fetch anything, hang, or pile up.
 */
let server: Server;
let origin = "";
const requested: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requested.push(req.url ?? "");
    res.end("x");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await closePdfBrowser();
  await new Promise((r) => server.close(r));
});

const page = (body: string) => `<!doctype html><html lang="en"><body>${body}</body></html>`;

// Starting Chromium takes a few seconds on a busy machine.
describe("letters as PDF", { timeout: 30_000 }, () => {
  it("prints the letter's words", async () => {
    const pdf = await htmlToPdf(page("<p>Dear Selam, thank you for telling me.</p>"));
    expect(await pdfText(new Uint8Array(pdf))).toContain("Dear Selam, thank you for telling me.");
  });

  it("runs no JavaScript in the page", async () => {
    const pdf = await htmlToPdf(
      page(`<p id="p">Written on the server.</p>
        <script>document.getElementById("p").textContent = "Changed by a script.";</script>`),
    );
    const text = await pdfText(new Uint8Array(pdf));
    expect(text).toContain("Written on the server.");
    expect(text).not.toContain("Changed by a script.");
  });

  it("fetches nothing from the network, though embedded pictures still print", async () => {
    const dot =
      "data:image/svg+xml;base64," +
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>').toString(
        "base64",
      );
    await htmlToPdf(
      page(`<img alt="" src="${origin}/picture.png"><link rel="stylesheet" href="${origin}/s.css">
        <iframe title="x" src="${origin}/frame"></iframe><img alt="" src="${dot}"><p>Hello</p>`),
    );
    expect(requested).toEqual([]);
  });

  it("gives up on a render that takes too long", async () => {
    await expect(htmlToPdf(page("<p>Slow</p>"), 1)).rejects.toBeInstanceOf(PdfTimeoutError);
    // The browser is still usable afterwards.
    expect(await pdfText(new Uint8Array(await htmlToPdf(page("<p>After</p>"))))).toContain("After");
  });

  it(`prints at most ${maxConcurrentRenders} letters at once; the rest wait their turn`, async () => {
    const renders = Array.from({ length: 5 }, (_, i) => htmlToPdf(page(`<p>Letter ${i}</p>`)));
    await new Promise((r) => setTimeout(r, 20));
    expect(pdfRenderQueue()).toEqual({ rendering: maxConcurrentRenders, waiting: 3 });
    const pdfs = await Promise.all(renders);
    expect(pdfs).toHaveLength(5);
    expect(pdfRenderQueue()).toEqual({ rendering: 0, waiting: 0 });
  });
});
