import { expect, test, type Page } from "@playwright/test";
import { choose, press, typeInto } from "./keyboard";
import { expectNoAxeViolations, jsEnabled, startAfresh } from "./support";

// Synthetic people (month + 80) from the portal's seeded population.
const AISHA = "24839010040"; // used as the newborn's number
const OLA = "02918310013";
const LARS = "17867210032";

// A whole journey with an accessibility scan of every step takes a while.
test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ context }) => {
  await context.clearCookies();
});

async function logIn(page: Page, name: RegExp, level: RegExp = /^Betydelig/) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Testinnlogging|Test login/);
  await page.getByRole("radio", { name }).check();
  await page.getByRole("radio", { name: level }).check();
  await page.getByRole("button", { name: /Logg inn|Log in/ }).click();
}

async function continueTo(page: Page, heading: string | RegExp) {
  await page.getByRole("button", { name: "Lagre og fortsett", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  await expectNoAxeViolations(page);
}

test("a parent walks Få barn, checks the answers and submits once", async ({ page }, testInfo) => {
  const js = jsEnabled(testInfo);
  await page.goto("/life-event/fa-barn");
  await expect(page.getByRole("heading", { name: "Dette trenger du" })).toBeVisible();
  await page.getByRole("link", { name: "Logg inn for å starte" }).click();
  await logIn(page, /^Kari Nordmann/);
  await startAfresh(page);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Barnet");
  await expect(page.getByText("Steg 1 av")).toBeVisible();
  // Kari's newborn is in Folkeregisteret: the step starts filled in, and says where from.
  await expect(page.getByLabel("Barnets fødselsnummer")).toHaveValue(/^\d{11}$/);
  await expect(page.getByLabel("Barnets fødselsdato")).toHaveValue(/^\d\d\.\d\d\.\d{4}$/);
  await expect(page.getByText(/^Fra Folkeregisteret, \d\d\.\d\d\.\d{4}$/).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await continueTo(page, "Barnets navn");
  await page.getByLabel("Fornavn").fill("Emil");
  await page.getByLabel("Etternavn").fill("Nordmann");
  await continueTo(page, "Familien");

  // The other parent's number is asked only when the other parent takes part.
  const otherPid = page.getByLabel("Fødselsnummeret til den andre forelderen");
  const takesPart = page.getByRole("group", { name: /Skal den andre forelderen være med/ });
  if (js) {
    await expect(page.locator(".step-enhancer")).toHaveAttribute("data-enhanced", "true");
    await expect(otherPid).toBeHidden();
    await takesPart.getByRole("radio", { name: "Ja" }).check();
    await expect(otherPid).toBeVisible();
    await takesPart.getByRole("radio", { name: "Nei" }).check();
    await expect(otherPid).toBeHidden();
    await takesPart.getByRole("radio", { name: "Ja" }).check();
  } else {
    await expect(otherPid).toBeVisible();
    await takesPart.getByRole("radio", { name: "Ja" }).check();
  }
  await otherPid.fill(OLA);
  await page.getByRole("group", { name: /Bor du sammen med den andre forelderen/ }).getByRole("radio").first().check();
  await continueTo(page, "Foreldrepenger");
  await page.getByRole("group", { name: /Vil du søke om foreldrepenger/ }).getByRole("radio", { name: "Nei" }).check();
  // Without parental benefit the branch skips its details.
  await continueTo(page, "Barnetrygd");
  await page.getByRole("group", { name: /Vil du søke om barnetrygd/ }).getByRole("radio", { name: "Ja" }).check();
  await page.getByRole("group", { name: /Bor barnet fast hos deg/ }).getByRole("radio", { name: "Ja" }).check();
  await continueTo(page, /Utbetaling/);
  await page.getByLabel("Kontonummeret ditt").fill("1234 56 78903");
  await continueTo(page, "Barnehage");
  await page.getByRole("group", { name: /Vil du søke om barnehageplass/ }).getByRole("radio", { name: "Nei" }).check();
  await continueTo(page, "Se over svarene dine");

  await expect(page.getByText("Emil")).toBeVisible();
  // Numbers as people read them.
  await expect(page.getByText("1234.56.78903")).toBeVisible();
  // The unchanged register answers keep their source on the summary.
  await expect(page.getByText(/^Fra Folkeregisteret, /).first()).toBeVisible();
  // "Change" returns to the summary afterwards.
  await page.getByRole("link", { name: /Endre Fornavn/ }).click();
  await page.getByLabel("Fornavn").fill("Emilie");
  await continueTo(page, "Se over svarene dine");
  await expect(page.getByText("Emilie")).toBeVisible();

  await page.getByRole("button", { name: "Send inn" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sendt inn");
  const reference = (await page.locator(".receipt-reference").textContent()) ?? "";
  expect(reference).toMatch(/^VV-\d{4}-[0-9A-HJKMNP-TV-Z]{8}$/);
  await expectNoAxeViolations(page);
  // The agencies decide (the simulator calls back); the timeline follows without a reload when
  // JavaScript runs, and on reload when it does not.
  const timeline = page.locator(".timeline");
  const approved = timeline.getByText(/^Innvilget, saksnummer/);
  if (js) {
    await expect(approved).toHaveCount(2, { timeout: 30_000 });
    await expect(timeline).toHaveAttribute("data-settled", "true");
  } else {
    for (let i = 0; i < 30 && (await approved.count()) < 2; i++) {
      await page.waitForTimeout(1000);
      await page.reload();
    }
    await expect(approved).toHaveCount(2);
  }
  // Each row names the agency and the service.
  await expect(timeline.getByText("NAV — barnetrygd", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  // Back and submit again: the same receipt, no second submission.
  await page.goBack();
  if (await page.getByRole("button", { name: "Send inn" }).isVisible()) {
    await page.getByRole("button", { name: "Send inn" }).click();
    await expect(page.locator(".receipt-reference")).toHaveText(reference);
  }
  await page.goto("/my-page");
  await expect(page.getByText(reference)).toHaveCount(1);
  // The register access log: what was read, from where, why.
  await expect(page.getByRole("heading", { name: "Opplysninger vi har hentet" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Barn født det siste året" }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  // Ola's record was read as Kari's husband: his own My page tells him when and why.
  await page.getByRole("navigation", { name: "Innlogget bruker" }).getByRole("button", { name: "Logg ut" }).click();
  await expect(page).toHaveURL(/\/logged-out/);
  await page.goto("/my-page");
  await logIn(page, /^Ola Nordmann/);
  const about = page.getByRole("region", { name: "Opplysninger om deg hentet for andre" });
  await expect(about.getByRole("cell", { name: "Søkerens ektefelle eller partner" }).first()).toBeVisible();
  await expect(about.getByRole("cell", { name: "Få barn" }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("mistakes are summarised at the top, focused, and what was typed is kept", async ({ page }, testInfo) => {
  await page.goto("/life-event/fa-barn");
  await page.getByRole("link", { name: "Logg inn for å starte" }).click();
  await logIn(page, /^Kari Nordmann/);
  await startAfresh(page);
  const pid = page.getByLabel("Barnets fødselsnummer");
  if (jsEnabled(testInfo)) {
    // With JavaScript the field is checked when the person leaves it, by the same engine.
    await expect(page.locator(".step-enhancer")).toHaveAttribute("data-enhanced", "true");
    await pid.fill("1234");
    await pid.press("Tab");
    await expect(page.getByText("Fødselsnummeret må ha 11 siffer.")).toBeVisible();
    await expect(pid).toHaveAttribute("aria-invalid", "true");
    await pid.fill(AISHA);
    await expect(page.getByText("Fødselsnummeret må ha 11 siffer.")).toBeHidden();
  }
  await pid.fill("1234");
  await page.getByLabel("Barnets fødselsdato").fill("31.02.2026");
  await page.getByRole("button", { name: "Lagre og fortsett", exact: true }).click();

  const summary = page.locator("#error-summary");
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Feil: /);
  await expect(pid).toHaveValue("1234");
  await expect(page.getByLabel("Barnets fødselsdato")).toHaveValue("31.02.2026");
  await expectNoAxeViolations(page);
  await summary.getByRole("link", { name: /Barnets fødselsnummer/ }).click();
  await expect(page).toHaveURL(/#a\.child_pid$/);
});

test("death and inheritance in English, by keyboard alone, with heirs and the private settlement branch", async ({ page }) => {
  await page.goto("/language/en?return=/life-event/dodsfall-og-arv");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Death and inheritance");
  await press(page, page.getByRole("link", { name: "Log in to start" }));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Test login/);
  await choose(page, page.getByRole("radio", { name: /^Per Hansen/ }));
  await choose(page, page.getByRole("radio", { name: /^High/ }));
  await press(page, page.getByRole("button", { name: "Log in" }));
  await press(page, page.getByRole("button", { name: "Start" }));

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The deceased");
  // Per's father died six weeks ago: Folkeregisteret fills in who and when.
  await expect(page.getByLabel("The deceased's name")).toHaveValue("Arne Hansen");
  await expect(page.getByText(/^From the National Population Register \(Folkeregisteret\), /).first()).toBeVisible();
  await expectNoAxeViolations(page);
  // Whether there is a will is in no register: the English error summary takes the focus.
  await press(page, page.getByRole("button", { name: "Save and continue", exact: true }));
  await expect(page.locator("#error-summary")).toBeFocused();
  await expect(page.locator("#error-summary")).toContainText("You must answer this.");
  await expect(page).toHaveTitle(/^Error: /);
  await expectNoAxeViolations(page);
  await choose(page, page.getByRole("group", { name: /will/i }).getByRole("radio", { name: "No" }));
  await press(page, page.getByRole("button", { name: "Save and continue", exact: true }));

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You and the deceased");
  await expectNoAxeViolations(page);
  await choose(page, page.getByRole("radio", { name: /^Child/ }));
  await press(page, page.getByRole("button", { name: "Save and continue", exact: true }));

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The heirs");
  // The heirs by law come from the register (Per and his sister); "Add another" adds an heir
  // under a will.
  await expect(page.getByRole("group", { name: "Heir 1" }).getByLabel("Name", { exact: true })).toHaveValue("Per Hansen");
  await expect(page.getByRole("group", { name: "Heir 2" }).getByLabel("Name", { exact: true })).toHaveValue("Liv Hansen");
  await expect(page.getByRole("group", { name: "Heir 1" }).getByRole("radio", { name: /^Child/ })).toBeChecked();
  await press(page, page.getByRole("button", { name: "Add another" }));
  const third = page.getByRole("group", { name: "Heir 3" });
  await expect(third).toBeVisible();
  await typeInto(page, third.getByLabel("National identity number"), LARS);
  await typeInto(page, third.getByLabel("Name", { exact: true }), "Lars Dahl");
  await choose(page, third.getByRole("radio", { name: /^Other/ }));
  // With more than one heir, the court asks whether they all know.
  await choose(page, page.getByRole("group", { name: /Do all the heirs know/ }).getByRole("radio", { name: "Yes" }));
  await choose(page, page.getByRole("group", { name: /under guardianship/ }).getByRole("radio", { name: "No" }));
  await expectNoAxeViolations(page);
  await press(page, page.getByRole("button", { name: "Save and continue", exact: true }));

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Settlement of the estate");
  await choose(page, page.getByRole("radio", { name: /^Private/ }));
  await press(page, page.getByRole("button", { name: "Save and continue", exact: true }));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Private settlement");
  await expectNoAxeViolations(page);
  await choose(page, page.getByRole("group", { name: /debts/ }).getByRole("radio", { name: "Yes" }));
  await press(page, page.getByRole("button", { name: "Save and continue", exact: true }));

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Assets and debts");
  await press(page, page.getByRole("button", { name: "Save and continue", exact: true }));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
  await expectNoAxeViolations(page);
  await expect(page.getByText("Per Hansen").first()).toBeVisible();
  await press(page, page.getByRole("button", { name: "Submit" }));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Submitted");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectNoAxeViolations(page);
});

test("a page loads the WebAssembly of the islands it shows and no other", async ({ page }, testInfo) => {
  const js = jsEnabled(testInfo);
  const wasm: string[] = [];
  page.on("request", (request) => {
    if (/\.wasm(\?|$)/.test(request.url())) wasm.push(new URL(request.url()).pathname);
  });
  const loaded = (island: string) => wasm.filter((path) => path.includes(island));
  await page.goto("/life-event/fa-barn");
  await page.getByRole("link", { name: "Logg inn for å starte" }).click();
  await logIn(page, /^Kari Nordmann/);
  // The life event's page, logged in: the idle warning is its only island.
  await expect(page.locator("#start-heading")).toBeVisible();
  if (js) await expect(page.locator(".session-timeout")).toHaveAttribute("data-hydrated", "true");
  await page.waitForLoadState("networkidle");
  expect(loaded("session_timeout").length > 0).toBe(js);
  expect(loaded("step_enhancer")).toEqual([]);
  // A step: its island, with the journey engine, is loaded now and checks as the citizen types.
  await startAfresh(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Barnet");
  if (js) {
    await expect(page.locator(".step-enhancer")).toHaveAttribute("data-enhanced", "true");
    expect(loaded("step_enhancer").length).toBeGreaterThan(0);
  } else {
    // Without JavaScript no island is hydrated, so none of their modules is fetched (the main
    // bundle's `<link rel="preload">` is the browser's own doing).
    await page.waitForLoadState("networkidle");
    expect(wasm.filter((path) => /\/(split_|chunk_)/.test(path))).toEqual([]);
  }
});
