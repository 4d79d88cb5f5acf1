import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page, type TestInfo } from "@playwright/test";

/**
 * Scans the page with axe for WCAG 2.1 A and AA and fails on any violation.
 *
 * axe is JavaScript, so a page opened with JavaScript off cannot run it. Then the same HTML the
 * server sent (same cookies, same URL) is scanned in a second page that has scripting but blocks
 * the site's own scripts and WebAssembly, so nothing hydrates and the scanned DOM is the no-JS one.
 */
export async function expectNoAxeViolations(page: Page) {
  const js = test.info().project.use.javaScriptEnabled !== false;
  if (js) return scan(page);
  const url = page.url();
  const html = await (await page.context().request.get(url)).text();
  const browser = page.context().browser();
  if (!browser) throw new Error("no browser to scan with");
  const context = await browser.newContext({ javaScriptEnabled: true });
  try {
    const copy = await context.newPage();
    await copy.route(/\.(js|wasm)(\?.*)?$/, (route) => route.abort());
    await copy.route(url, (route) => route.fulfill({ body: html, contentType: "text/html" }));
    await copy.goto(url);
    await scan(copy);
  } finally {
    await context.close();
  }
}

async function scan(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
  expect(summary).toEqual([]);
}

export const jsEnabled = (testInfo: TestInfo) => testInfo.project.name === "js";

/** Collects console errors and failed requests (a CSP violation shows up as one). */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/** With JavaScript on, waits until a logged-in page's islands have hydrated (the idle warning,
 *  on every such page, says so). */
export async function expectHydrated(page: Page) {
  await expect(page.locator(".session-timeout")).toHaveAttribute("data-hydrated", "true");
}

/**
 * Presses Start on a life event's page, afresh. A citizen who has begun the life event before
 * (an earlier test, the other JavaScript project) is offered to continue that draft instead of
 * Start; to begin again they delete it first, on its confirmation page, and come back.
 */
export async function startAfresh(page: Page) {
  await expect(page.locator("#start-heading")).toBeVisible();
  const lifeEvent = page.url();
  const remove = page.getByRole("link", { name: /^(Slett utkastet først|Delete the draft first)$/ });
  if ((await remove.count()) > 0) {
    await remove.click();
    await page.getByRole("button", { name: /^(Ja, slett utkastet|Yes, delete the draft)$/ }).click();
    await expect(page).toHaveURL(/\/my-page\?deleted=1$/);
    await page.goto(lifeEvent);
  }
  await page.getByRole("button", { name: "Start" }).click();
}

/** Logs in on the test login page as the synthetic person whose label matches `name`. */
export async function logIn(page: Page, name: RegExp) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Testinnlogging|Test login/);
  await page.getByRole("radio", { name }).check();
  await page.getByRole("radio", { name: /^(Betydelig|Substantial)/ }).check();
  await page.getByRole("button", { name: /Logg inn|Log in/ }).click();
}

/** Walks Få barn with a kindergarten application and submits it; gives the reference. */
export async function applyForKindergarten(page: Page): Promise<string> {
  await page.goto("/life-event/fa-barn");
  await page.getByRole("link", { name: "Logg inn for å starte" }).click();
  await logIn(page, /^Kari Nordmann/);
  await startAfresh(page);
  await walkFaBarnToCheck(page);
  const heading = page.getByRole("heading", { level: 1 });
  await page.getByRole("button", { name: "Send inn" }).click();
  await expect(heading).toHaveText("Sendt inn");
  return (await page.locator(".receipt-reference").textContent()) ?? "";
}

/**
 * Answers Få barn from the step the page shows to "Check your answers" (in Bokmål), with a
 * kindergarten application; `onStep` sees each step's title before it is answered.
 */
export async function walkFaBarnToCheck(page: Page, onStep?: (title: string) => Promise<void>) {
  const heading = page.getByRole("heading", { level: 1 });
  for (let i = 0; i < 15; i++) {
    const title = (await heading.textContent()) ?? "";
    if (title === "Se over svarene dine") break;
    if (onStep) await onStep(title);
    const group = (name: RegExp) => page.getByRole("group", { name });
    switch (title) {
      case "Barnets navn":
        await page.getByLabel("Fornavn").fill("Emil");
        await page.getByLabel("Etternavn").fill("Nordmann");
        break;
      case "Familien":
        await group(/Skal den andre forelderen være med/).getByRole("radio", { name: "Nei" }).check();
        await group(/Bor du sammen med den andre forelderen/).getByRole("radio").first().check();
        break;
      case "Foreldrepenger":
        await group(/Vil du søke om foreldrepenger/).getByRole("radio", { name: "Nei" }).check();
        break;
      case "Barnetrygd":
        await group(/Vil du søke om barnetrygd/).getByRole("radio", { name: "Nei" }).check();
        break;
      case "Barnehage": {
        await group(/Vil du søke om barnehageplass/).getByRole("radio", { name: "Ja" }).check();
        const next = new Date();
        next.setMonth(next.getMonth() + 8);
        const date = `01.${String(next.getMonth() + 1).padStart(2, "0")}.${next.getFullYear()}`;
        await page.getByLabel("Fra hvilken dato ønsker du plass?").fill(date);
        await page.getByLabel("Hvilke barnehager ønsker du?").fill("Solsikken barnehage");
        await group(/Hvor stor plass ønsker du/).getByRole("radio", { name: /^Hel plass/ }).check();
        const sibling = group(/Går en søster eller bror/);
        if (await sibling.isVisible()) await sibling.getByRole("radio", { name: "Nei" }).check();
        break;
      }
      default:
        if (/Utbetaling/.test(title)) await page.getByLabel("Kontonummeret ditt").fill("1234 56 78903");
    }
    await page.getByRole("button", { name: "Lagre og fortsett", exact: true }).click();
    await expect(heading).not.toHaveText(title);
  }
  await expect(heading).toHaveText("Se over svarene dine");
}

/** A day `days` from today (before it when negative) as a person types it, dd.mm.yyyy. */
export function dayFromToday(days: number) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${String(d.getDate()).padStart(2, "0")}.${String(d.getMonth() + 1).padStart(2, "0")}.${d.getFullYear()}`;
}
