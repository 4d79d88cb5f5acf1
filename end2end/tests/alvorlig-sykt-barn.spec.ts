import { expect, test } from "@playwright/test";
import { continueTo, dayFromToday, expectNoAxeViolations, jsEnabled, logIn, question, startAfresh } from "./support";

// Alvorlig sykt barn, as Kari Nordmann, in Bokmål: the child and both parents from
// Folkeregisteret, her employers from Aa-registeret, who treats the child, a period of care, care
// days and the municipality's help. Then the health service's doctor, Sigrid Fjeld, answers the
// medical confirmation from her inbox, in English: the applications did not wait for it, and
// Kari's receipt says it was passed on.

test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ context }) => {
  await context.clearCookies();
});

test("a parent applies for care benefit, care days and the municipality's help", async ({ page }, testInfo) => {
  await page.goto("/life-event/alvorlig-sykt-barn");
  await page.getByRole("link", { name: "Logg inn for å starte" }).click();
  await logIn(page, /^Kari Nordmann/);
  await startAfresh(page);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Barnet");
  // Her youngest child, from Folkeregisteret.
  await expect(page.getByLabel("Barnets navn")).toHaveValue("Emil Nordmann");
  await expect(page.getByLabel("Barnets fødselsnummer")).toHaveValue(/^\d{11}$/);
  await expect(page.getByText(/^Fra Folkeregisteret, /).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Hva er barnet sykt av?").fill("Født for tidlig, på nyfødtintensiven.");
  await continueTo(page, "Foreldrene");

  await expect(page.getByLabel("Navnet ditt")).toHaveValue("Kari Nordmann");
  await expect(page.getByLabel("Navnet til den andre forelderen")).toHaveValue("Ola Nordmann");
  await question(page, /Bor barnet fast hos deg/).getByRole("radio", { name: "Ja" }).check();
  await question(page, /Skal den andre forelderen også søke/).getByRole("radio", { name: "Nei" }).check();
  await continueTo(page, "Legeerklæring");
  await page.getByRole("radio", { name: "Et sykehus" }).check();
  await page.getByLabel("Navnet på sykehuset eller legen").fill("Oslo universitetssykehus, nyfødtintensiv");
  await continueTo(page, "Arbeid");

  // Her two part-time jobs, from Aa-registeret.
  await expect(question(page, /^Arbeidsgiver 1/).getByLabel("Arbeidsgiver", { exact: true })).toHaveValue("Bokhjørnet AS");
  await expect(question(page, /^Arbeidsgiver 2/).getByLabel("Arbeidsgiver", { exact: true })).toHaveValue("Storgata Tannklinikk AS");
  await question(page, /selvstendig næringsdrivende/).getByRole("radio", { name: "Nei" }).check();
  await continueTo(page, "Pleiepenger");
  await question(page, /Vil du søke om pleiepenger/).getByRole("radio", { name: "Ja" }).check();
  await continueTo(page, "Perioder med pleie");

  await page.getByRole("button", { name: "Legg til en til" }).click();
  const period = question(page, /^Periode 1/);
  await expect(period).toBeVisible();
  await period.getByLabel("Fra og med").fill(dayFromToday(-21));
  await period.getByLabel("Til og med").fill(dayFromToday(30));
  await period.getByLabel("Hvor mange prosent av arbeidstiden er du borte?").fill("100");
  await period.getByRole("radio", { name: "Innlagt på sykehus" }).check();
  const account = page.getByLabel("Kontonummeret ditt");
  const pays = question(page, /Betaler arbeidsgiveren lønn/);
  if (jsEnabled(testInfo)) {
    // The account is asked only when the employer does not pay salary meanwhile.
    await pays.getByRole("radio", { name: "Ja" }).check();
    await expect(account).toBeHidden();
  }
  await pays.getByRole("radio", { name: "Nei" }).check();
  await account.fill("1234 56 78903");
  await continueTo(page, "Omsorgsdager");
  await question(page, /ekstra omsorgsdager\?/).getByRole("radio", { name: "Ja" }).check();
  await question(page, /seks måneder/).getByRole("radio", { name: "Ja" }).check();
  await question(page, /alene om omsorgen/).getByRole("radio", { name: "Nei" }).check();
  await continueTo(page, "Hjelp fra kommunen");
  await question(page, /Vil du søke om hjelp fra kommunen/).getByRole("radio", { name: "Ja" }).check();
  await page.getByRole("checkbox", { name: /^Avlastning/ }).check();
  await page.getByLabel("Beskriv hva familien trenger hjelp til").fill("Avlastning når Emil kommer hjem.");
  await question(page, /koordinator i kommunen/).getByRole("radio", { name: "Ja" }).check();
  await question(page, /individuell plan/).getByRole("radio", { name: "Ja" }).check();
  await page.getByLabel("Telefonnummeret ditt").fill("912 34 567");
  await continueTo(page, "Se over svarene dine");
  await expect(page.getByText("Oslo universitetssykehus, nyfødtintensiv")).toBeVisible();
  await expect(page.getByText("Storgata Tannklinikk AS")).toBeVisible();

  await page.getByRole("button", { name: "Send inn" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sendt inn");
  const timeline = page.locator(".timeline");
  await expect(timeline.getByText("NAV — pleiepenger", { exact: true })).toBeVisible();
  await expect(timeline.getByText("Kommunen — koordinator", { exact: true })).toBeVisible();
  await expect(page.getByText(/Helsetjenesten har ikke svart ennå/)).toBeVisible();
  await expect(page.getByText("Søknaden sendes når alle har svart.")).toHaveCount(0);
  await expectNoAxeViolations(page);
  const receipt = page.url();
  const reference = ((await page.locator(".receipt-reference").textContent()) ?? "").trim();
  expect(reference).toMatch(/^VV-/);

  // Sigrid, a doctor at the health service: the task is in her inbox, found by its reference.
  await page.getByRole("navigation", { name: "Innlogget bruker" }).getByRole("button", { name: "Logg ut" }).click();
  await page.goto("/caseworker");
  await logIn(page, /^Sigrid Fjeld/);
  const tasks = page.getByRole("region", { name: "Oppgaver som venter på svar fra dere" });
  await expect(tasks).toBeVisible();
  await expectNoAxeViolations(page);
  await tasks.getByRole("listitem").filter({ hasText: reference }).getByRole("link", { name: "Kari Nordmann: Alvorlig sykt barn" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Kari Nordmann har søkt om Alvorlig sykt barn og ber Helsetjenesten svare som behandler av barnet",
  );
  await expect(page.getByText("Født for tidlig, på nyfødtintensiven.")).toBeVisible();
  await expect(page.getByText("1234.56.78903")).toHaveCount(0);
  await expectNoAxeViolations(page);
  // Sent with nothing answered: the summary says what is missing, and what was typed stays.
  await page.getByLabel("Lege som bekrefter").fill("Anne Lege, overlege");
  await page.getByRole("button", { name: "Send svaret" }).click();
  await expect(page.locator("#error-summary")).toBeVisible();
  await expect(page.getByLabel("Lege som bekrefter")).toHaveValue("Anne Lege, overlege");
  await expectNoAxeViolations(page);

  // Sigrid works in English: the same task, its questions and buttons in her language.
  await page.goto(`/language/en?return=${encodeURIComponent(new URL(page.url()).pathname)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    /^Kari Nordmann has applied for .+ and asks .+ to answer as the child's treating health service$/,
  );
  await expect(page.getByText("Født for tidlig, på nyfødtintensiven.")).toBeVisible();
  await expectNoAxeViolations(page);
  await question(page, /Do you confirm that the child is seriously ill/).getByRole("radio", { name: "Yes" }).check();
  await page.getByLabel("Diagnosis and need for care and supervision").fill("Premature, needs breathing support.");
  await page.getByLabel("Doctor confirming").fill("Anne Lege, consultant");
  await page.getByRole("button", { name: "Send your answer" }).click();
  await expect(page).toHaveURL(/\/caseworker\?party=answered$/);
  await expect(page.getByRole("status").filter({ hasText: "Your answer has been sent." })).toBeVisible();
  await expect(page.getByText(reference)).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Kari's receipt (the language stays English for this browser): passed on to NAV.
  await page.getByRole("navigation", { name: "Logged-in user" }).getByRole("button", { name: "Log out" }).click();
  await page.goto(receipt);
  await logIn(page, /^Kari Nordmann/);
  await expect(page.getByText(/ has answered, and the answer has been passed on\.$/)).toBeVisible();
});
