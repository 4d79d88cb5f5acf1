import { expect, test, type Page } from "@playwright/test";
import { applyForKindergarten, expectHydrated, expectNoAxeViolations, jsEnabled, logIn } from "./support";

// Kari applies for a kindergarten place; Sara Eide, a caseworker at the municipality (an inbox
// agency: its cases are handled in Veiviser), finds it, takes it and approves it; Kari's
// timeline says so, with Sara's message, and her My page lists the read.
test.describe.configure({ timeout: 150_000 });

test.beforeEach(async ({ context }) => {
  await context.clearCookies();
});

/** The words of the day in each language: the caseworker's and the citizen's side after Kari's
 *  application (which she fills in in Norwegian). */
const words = {
  nb: {
    loggedIn: "Innlogget bruker", logOut: "Logg ut", inbox: "Innboks", newQueue: /^Nye/,
    search: "Søk", apply: "Bruk filtrene", caseTitle: (r: string) => `Sak ${r}`,
    claim: "Ta saken", claimed: "Saken er din.", inProgress: "Under behandling",
    approved: "Innvilget", message: "Melding til innbyggeren", changeStatus: "Endre status",
    statusChanged: "Statusen er endret, og innbyggeren har fått beskjed.",
    note: "Internt notat", saveNote: "Lagre notatet", noteSaved: "Notatet er lagret.",
    askFields: "Svar som må rettes", preferences: "Hvilke barnehager ønsker du?",
    askReason: "Hvorfor du spør", askSend: "Send forespørselen", asked: /^Innbyggeren har fått forespørselen/,
    task: "Kommunen trenger flere opplysninger", sendAnswer: "Send svaret",
    answered: "Svaret ditt er sendt. Saken er tilbake hos virksomheten.",
    statusApproved: "Status: Innvilget", writeCitizen: "Skriv til innbyggeren",
    sendMessage: "Send meldingen", messageSent: "Meldingen er sendt.", tasks: "Dette må du gjøre",
    journey: "Få barn", submitted: "Sendt inn", thread: "Meldinger med kommunen",
    writeAgency: "Skriv til kommunen", reads: "Saksbehandlere som har lest søknadene dine",
    agency: "Kommunen", unread: "1 ulest melding",
  },
  en: {
    loggedIn: "Logged-in user", logOut: "Log out", inbox: "Inbox", newQueue: /^New/,
    search: "Search", apply: "Apply filters", caseTitle: (r: string) => `Case ${r}`,
    claim: "Take this case", claimed: "The case is yours.", inProgress: "In progress",
    approved: "Approved", message: "Message to the citizen", changeStatus: "Change the status",
    statusChanged: "The status was changed, and the citizen was told.",
    note: "Internal note", saveNote: "Save the note", noteSaved: "The note was saved.",
    askFields: "Answers that need correcting", preferences: "Which kindergartens would you like?",
    askReason: "Why you ask", askSend: "Send the request", asked: /^The citizen has been asked/,
    task: "The municipality needs more information", sendAnswer: "Send the answer",
    answered: "Your answer was sent. The case is back with the agency.",
    statusApproved: "Status: Approved", writeCitizen: "Write to the citizen",
    sendMessage: "Send the message", messageSent: "The message was sent.", tasks: "Things to do",
    journey: "Having a child", submitted: "Submitted", thread: "Messages with the municipality",
    writeAgency: "Write to the municipality", reads: "Caseworkers who have read your applications",
    agency: "The municipality", unread: "1 unread message",
  },
};
type Words = (typeof words)["nb"];

async function logOut(page: Page, w: Words) {
  await page.getByRole("navigation", { name: w.loggedIn }).getByRole("button", { name: w.logOut }).click();
  await expect(page).toHaveURL(/\/logged-out/);
}

for (const lang of ["nb", "en"] as const) {
test(`a municipality caseworker takes Kari's kindergarten application, asks her for more, and approves it (${lang})`, async ({ page }, testInfo) => {
  const w = words[lang];
  const js = jsEnabled(testInfo);
  const reference = await applyForKindergarten(page);
  expect(reference).toMatch(/^VV-/);
  const timeline = page.locator(".timeline");
  // Delivered into the municipality's inbox in Veiviser: received at once.
  for (let i = 0; i < 20 && (await timeline.getByText(/^Mottatt/).count()) === 0; i++) {
    await page.waitForTimeout(500);
    await page.reload();
  }
  await expect(timeline.getByText(/^Mottatt/).first()).toBeVisible();
  // Kari applied in Norwegian; the caseworker (and, later, Kari) work in the language of this run.
  await logOut(page, words.nb);
  if (lang === "en") await page.goto("/language/en?return=/");

  // Sara's working day: the inbox, the new case, found by its reference.
  await page.goto("/caseworker");
  await logIn(page, /^Sara Eide/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(w.inbox);
  await expect(page.getByRole("link", { name: w.newQueue })).toHaveAttribute("aria-current", "page");
  await expectNoAxeViolations(page);
  if (js) await expectHydrated(page);
  await page.getByLabel(w.search, { exact: true }).fill(reference);
  if (js) {
    // With JavaScript the filters apply as one types: no button needed.
    await expect(page).toHaveURL(new RegExp(`q=${reference}`));
  } else {
    await page.getByRole("button", { name: w.apply }).click();
    await expect(page).toHaveURL(new RegExp(`q=${reference}`));
  }
  const row = page.getByRole("row").filter({ hasText: reference });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell", { name: "Kari Nordmann" })).toBeVisible();
  await row.getByRole("link", { name: reference }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(w.caseTitle(reference));
  await expect(page.getByText("Solsikken barnehage")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: w.claim }).click();
  await expect(page.getByText(w.claimed)).toBeVisible();
  const caseUrl = page.url().replace(/\?.*$/, "");
  await page.getByRole("radio", { name: w.inProgress }).check();
  await page.getByLabel(w.message).fill("Vi behandler søknaden.");
  await page.getByRole("button", { name: w.changeStatus }).click();
  await expect(page.getByText(w.statusChanged)).toBeVisible();
  // A note stays inside the municipality.
  await page.getByLabel(w.note).fill("Sjekket søskenprioritet.");
  await page.getByRole("button", { name: w.saveNote }).click();
  await expect(page.getByText(w.noteSaved)).toBeVisible();
  // Sara asks Kari to name more kindergartens: the case waits for her.
  const ask = page.getByRole("group", { name: w.askFields });
  await ask.getByRole("checkbox", { name: w.preferences }).check();
  await page.getByLabel(w.askReason).fill("Skriv gjerne to barnehager, så øker sjansen for plass.");
  await page.getByRole("button", { name: w.askSend }).click();
  await expect(page.getByText(w.asked)).toBeVisible();
  await expectNoAxeViolations(page);
  await logOut(page, w);

  // Kari answers on My page: a page with that one question, filled in as she sent it.
  await page.goto("/my-page");
  await logIn(page, /^Kari Nordmann/);
  await page.getByRole("link", { name: w.task }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(w.task);
  await expect(page.getByText("Skriv gjerne to barnehager, så øker sjansen for plass.")).toBeVisible();
  const preferences = page.getByLabel(w.preferences);
  await expect(preferences).toHaveValue("Solsikken barnehage");
  await expectNoAxeViolations(page);
  await preferences.fill("");
  await page.getByRole("button", { name: w.sendAnswer }).click();
  // Nothing given: refused, said at the top, and nothing sent.
  await expect(page.locator("#error-summary")).toBeVisible();
  await preferences.fill("Solsikken barnehage\nLøvetann barnehage");
  await page.getByRole("button", { name: w.sendAnswer }).click();
  await expect(page.getByText(w.answered)).toBeVisible();
  await logOut(page, w);

  // Back with Sara: the answer before and after; she approves.
  await page.goto(caseUrl);
  await logIn(page, /^Sara Eide/);
  const requests = page.getByRole("list").filter({ hasText: "Skriv gjerne to barnehager" });
  await expect(requests.getByRole("cell", { name: /Løvetann barnehage/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("radio", { name: w.approved }).check();
  await page.getByLabel(w.message).fill("Velkommen i Solsikken barnehage.");
  await page.getByRole("button", { name: w.changeStatus }).click();
  await expect(page.getByRole("list").filter({ hasText: w.statusApproved })).toBeVisible();
  await page.getByLabel(w.writeCitizen).fill("Ta gjerne kontakt om oppstarten.");
  await page.getByRole("button", { name: w.sendMessage }).click();
  await expect(page.getByText(w.messageSent)).toBeVisible();
  await logOut(page, w);

  // Kari's timeline says so, with Sara's message; the note is not there.
  await page.goto("/my-page");
  await logIn(page, /^Kari Nordmann/);
  await expect(page.getByRole("heading", { name: w.tasks })).toHaveCount(0);
  await page.getByRole("link", { name: w.journey }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(w.submitted);
  await expect(page.locator(".receipt-reference")).toHaveText(reference);
  await expect(timeline.getByText("Velkommen i Solsikken barnehage.")).toBeVisible();
  await expect(page.getByText("Sjekket søskenprioritet.")).toHaveCount(0);
  // Sara's message, and Kari's answer to it.
  const thread = page.getByRole("region", { name: w.thread });
  await expect(thread.getByText("Ta gjerne kontakt om oppstarten.")).toBeVisible();
  await thread.getByLabel(w.writeAgency).fill("Takk, vi gleder oss!");
  await thread.getByRole("button", { name: w.sendMessage }).click();
  await expect(thread.getByText("Takk, vi gleder oss!")).toBeVisible();
  await expectNoAxeViolations(page);
  // Who read her application: the municipality's caseworker, on My page.
  await page.goto("/my-page");
  const reads = page.getByRole("region", { name: w.reads });
  await expect(reads.getByRole("cell", { name: w.agency }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await logOut(page, w);

  // Sara's inbox marks the case with Kari's message until she opens it.
  await page.goto(`/caseworker?queue=all&q=${reference}`);
  await logIn(page, /^Sara Eide/);
  const marked = page.getByRole("row").filter({ hasText: reference });
  await expect(marked.getByText(w.unread)).toBeVisible();
  await expectNoAxeViolations(page);
  await marked.getByRole("link", { name: reference }).click();
  await expect(page.getByText("Takk, vi gleder oss!")).toBeVisible();
  await page.goto(`/caseworker?queue=all&q=${reference}`);
  await expect(page.getByRole("row").filter({ hasText: reference }).getByText(w.unread)).toHaveCount(0);
});
}

test("a caseworker of another agency sees none of the municipality's cases", async ({ page }) => {
  await page.goto("/caseworker?queue=all&service=kindergarten");
  await logIn(page, /^Ingrid Berg/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Innboks");
  await expect(page.getByText("Saker for: NAV")).toBeVisible();
  await expect(page.getByText("Ingen saker i denne visningen.")).toBeVisible();
});
