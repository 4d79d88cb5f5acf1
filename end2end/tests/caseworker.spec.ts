import { expect, test, type Page } from "@playwright/test";
import { expectHydrated, expectNoAxeViolations, jsEnabled, startAfresh } from "./support";

// Kari applies for a kindergarten place; Sara Eide, a caseworker at the municipality (an inbox
// agency: its cases are handled in Veiviser), finds it, takes it and approves it; Kari's
// timeline says so, with Sara's message, and her My page lists the read.
test.describe.configure({ timeout: 150_000 });

test.beforeEach(async ({ context }) => {
  await context.clearCookies();
});

async function logIn(page: Page, name: RegExp) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Testinnlogging|Test login/);
  await page.getByRole("radio", { name }).check();
  await page.getByRole("radio", { name: /^Betydelig/ }).check();
  await page.getByRole("button", { name: /Logg inn|Log in/ }).click();
}

async function logOut(page: Page) {
  await page.getByRole("navigation", { name: "Innlogget bruker" }).getByRole("button", { name: "Logg ut" }).click();
  await expect(page).toHaveURL(/\/logged-out/);
}

/** Walks Få barn with a kindergarten application and submits it; gives the reference. */
async function applyForKindergarten(page: Page): Promise<string> {
  await page.goto("/life-event/fa-barn");
  await page.getByRole("link", { name: "Logg inn for å starte" }).click();
  await logIn(page, /^Kari Nordmann/);
  await startAfresh(page);
  const heading = page.getByRole("heading", { level: 1 });
  for (let i = 0; i < 15; i++) {
    const title = (await heading.textContent()) ?? "";
    if (title === "Se over svarene dine") break;
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
  await page.getByRole("button", { name: "Send inn" }).click();
  await expect(heading).toHaveText("Sendt inn");
  return (await page.locator(".receipt-reference").textContent()) ?? "";
}

test("a municipality caseworker takes Kari's kindergarten application, asks her for more, and approves it", async ({ page }, testInfo) => {
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
  await logOut(page);

  // Sara's working day: the inbox, the new case, found by its reference.
  await page.goto("/caseworker");
  await logIn(page, /^Sara Eide/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Innboks");
  await expect(page.getByRole("link", { name: /^Nye/ })).toHaveAttribute("aria-current", "page");
  await expectNoAxeViolations(page);
  if (js) await expectHydrated(page);
  await page.getByLabel("Søk", { exact: true }).fill(reference);
  if (js) {
    // With JavaScript the filters apply as one types: no button needed.
    await expect(page).toHaveURL(new RegExp(`q=${reference}`));
  } else {
    await page.getByRole("button", { name: "Bruk filtrene" }).click();
    await expect(page).toHaveURL(new RegExp(`q=${reference}`));
  }
  const row = page.getByRole("row").filter({ hasText: reference });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell", { name: "Kari Nordmann" })).toBeVisible();
  await row.getByRole("link", { name: reference }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Sak ${reference}`);
  await expect(page.getByText("Solsikken barnehage")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Ta saken" }).click();
  await expect(page.getByText("Saken er din.")).toBeVisible();
  const caseUrl = page.url().replace(/\?.*$/, "");
  await page.getByRole("radio", { name: "Under behandling" }).check();
  await page.getByLabel("Melding til innbyggeren").fill("Vi behandler søknaden.");
  await page.getByRole("button", { name: "Endre status" }).click();
  await expect(page.getByText("Statusen er endret, og innbyggeren har fått beskjed.")).toBeVisible();
  // A note stays inside the municipality.
  await page.getByLabel("Internt notat").fill("Sjekket søskenprioritet.");
  await page.getByRole("button", { name: "Lagre notatet" }).click();
  await expect(page.getByText("Notatet er lagret.")).toBeVisible();
  // Sara asks Kari to name more kindergartens: the case waits for her.
  const ask = page.getByRole("group", { name: "Svar som må rettes" });
  await ask.getByRole("checkbox", { name: "Hvilke barnehager ønsker du?" }).check();
  await page.getByLabel("Hvorfor du spør").fill("Skriv gjerne to barnehager, så øker sjansen for plass.");
  await page.getByRole("button", { name: "Send forespørselen" }).click();
  await expect(page.getByText(/^Innbyggeren har fått forespørselen/)).toBeVisible();
  await expectNoAxeViolations(page);
  await logOut(page);

  // Kari answers on My page: a page with that one question, filled in as she sent it.
  await page.goto("/my-page");
  await logIn(page, /^Kari Nordmann/);
  await page.getByRole("link", { name: "Kommunen trenger flere opplysninger" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kommunen trenger flere opplysninger");
  await expect(page.getByText("Skriv gjerne to barnehager, så øker sjansen for plass.")).toBeVisible();
  const preferences = page.getByLabel("Hvilke barnehager ønsker du?");
  await expect(preferences).toHaveValue("Solsikken barnehage");
  await expectNoAxeViolations(page);
  await preferences.fill("");
  await page.getByRole("button", { name: "Send svaret" }).click();
  // Nothing given: refused, said at the top, and nothing sent.
  await expect(page.locator("#error-summary")).toBeVisible();
  await preferences.fill("Solsikken barnehage\nLøvetann barnehage");
  await page.getByRole("button", { name: "Send svaret" }).click();
  await expect(page.getByText("Svaret ditt er sendt. Saken er tilbake hos virksomheten.")).toBeVisible();
  await logOut(page);

  // Back with Sara: the answer before and after; she approves.
  await page.goto(caseUrl);
  await logIn(page, /^Sara Eide/);
  const requests = page.getByRole("list").filter({ hasText: "Skriv gjerne to barnehager" });
  await expect(requests.getByRole("cell", { name: /Løvetann barnehage/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("radio", { name: "Innvilget" }).check();
  await page.getByLabel("Melding til innbyggeren").fill("Velkommen i Solsikken barnehage.");
  await page.getByRole("button", { name: "Endre status" }).click();
  await expect(page.getByRole("list").filter({ hasText: "Status: Innvilget" })).toBeVisible();
  await page.getByLabel("Skriv til innbyggeren").fill("Ta gjerne kontakt om oppstarten.");
  await page.getByRole("button", { name: "Send meldingen" }).click();
  await expect(page.getByText("Meldingen er sendt.")).toBeVisible();
  await logOut(page);

  // Kari's timeline says so, with Sara's message; the note is not there.
  await page.goto("/my-page");
  await logIn(page, /^Kari Nordmann/);
  await expect(page.getByRole("heading", { name: "Dette må du gjøre" })).toHaveCount(0);
  await page.getByRole("link", { name: "Få barn" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sendt inn");
  await expect(page.locator(".receipt-reference")).toHaveText(reference);
  await expect(timeline.getByText("Velkommen i Solsikken barnehage.")).toBeVisible();
  await expect(page.getByText("Sjekket søskenprioritet.")).toHaveCount(0);
  // Sara's message, and Kari's answer to it.
  const thread = page.getByRole("region", { name: "Meldinger med Kommunen" });
  await expect(thread.getByText("Ta gjerne kontakt om oppstarten.")).toBeVisible();
  await thread.getByLabel("Skriv til Kommunen").fill("Takk, vi gleder oss!");
  await thread.getByRole("button", { name: "Send meldingen" }).click();
  await expect(thread.getByText("Takk, vi gleder oss!")).toBeVisible();
  await expectNoAxeViolations(page);
  // Who read her application: the municipality's caseworker, on My page.
  await page.goto("/my-page");
  const reads = page.getByRole("region", { name: "Saksbehandlere som har lest søknadene dine" });
  await expect(reads.getByRole("cell", { name: "Kommunen" }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a caseworker of another agency sees none of the municipality's cases", async ({ page }) => {
  await page.goto("/caseworker?queue=all&service=kindergarten");
  await logIn(page, /^Ingrid Berg/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Innboks");
  await expect(page.getByText("Saker for: NAV")).toBeVisible();
  await expect(page.getByText("Ingen saker i denne visningen.")).toBeVisible();
});

test("a caseworker works in English too", async ({ page }) => {
  await page.goto("/caseworker?queue=all");
  await logIn(page, /^Sara Eide/);
  await page.goto("/language/en?return=/caseworker?queue=all");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inbox");
  await expect(page.getByRole("link", { name: /^All/ })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("search", { name: "Filter the cases" })).toBeVisible();
  await expectNoAxeViolations(page);
  const first = page.getByRole("row").nth(1).getByRole("link").first();
  if ((await first.count()) > 0) {
    await first.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Case VV-/);
    await expect(page.getByRole("heading", { name: "The citizen's answers" })).toBeVisible();
    await expectNoAxeViolations(page);
  }
});
