import { expect, test } from "@playwright/test";
import { continueTo, dayFromToday, expectNoAxeViolations, jsEnabled, logIn, question, startAfresh } from "./support";

// Miste og finne jobb, as Aisha Khan (who lost her job two weeks ago), in Bokmål: the job and the
// history from Aa-registeret, the unemployment benefit's branch with a child supplement, the tax
// card, and the receipt's timeline.

test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ context }) => {
  await context.clearCookies();
});

test("a job seeker registers, applies for unemployment benefit and changes the tax card", async ({ page }, testInfo) => {
  await page.goto("/life-event/miste-jobb");
  await expect(page.getByRole("heading", { name: "Dette trenger du" })).toBeVisible();
  await page.getByRole("link", { name: "Logg inn for å starte" }).click();
  await logIn(page, /^Aisha Khan/);
  await startAfresh(page);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jobben du har mistet");
  // The job she lost, from Aa-registeret.
  await expect(page.getByLabel("Arbeidsgiver", { exact: true })).toHaveValue("Fjord Sjømat AS");
  await expect(page.getByLabel("Siste arbeidsdag")).toHaveValue(dayFromToday(-14));
  await expect(page.getByText(/^Fra Aa-registeret, \d\d\.\d\d\.\d{4}$/).first()).toBeVisible();
  await expectNoAxeViolations(page);
  const resignation = page.getByLabel("Hvorfor sa du opp?");
  if (jsEnabled(testInfo)) {
    // The reason for resigning is asked only of one who resigned.
    await expect(page.locator(".step-enhancer")).toHaveAttribute("data-enhanced", "true");
    await page.getByRole("radio", { name: "Jeg sa opp selv" }).check();
    await expect(resignation).toBeVisible();
  }
  await page.getByRole("radio", { name: "Jeg ble sagt opp av arbeidsgiveren" }).check();
  if (jsEnabled(testInfo)) await expect(resignation).toBeHidden();
  await continueTo(page, "Arbeidsforholdene dine");

  // Both her employments, newest first.
  await expect(question(page, /^Arbeidsforhold 1/).getByLabel("Arbeidsgiver", { exact: true })).toHaveValue("Fjord Sjømat AS");
  await expect(question(page, /^Arbeidsforhold 2/).getByLabel("Arbeidsgiver", { exact: true })).toHaveValue("Bryggen Hotell AS");
  await question(page, /jobbet i et annet land/).getByRole("radio", { name: "Nei" }).check();
  await continueTo(page, "Registrering som arbeidssøker");
  await page.getByRole("radio", { name: "Både heltid og deltid" }).check();
  await page.getByLabel("Hva slags jobb ønsker du?").fill("Produksjon i sjømatnæringen");
  await page.getByLabel("Hvor vil du jobbe?").fill("Bergen");
  await page.getByRole("radio", { name: "Videregående skole" }).check();
  await question(page, /begynne i ny jobb/).getByRole("radio", { name: "Ja" }).check();
  await question(page, /helseproblemer/).getByRole("radio", { name: "Nei" }).check();
  await continueTo(page, "Dagpenger");
  await question(page, /Vil du søke om dagpenger/).getByRole("radio", { name: "Ja" }).check();
  await continueTo(page, "Søknad om dagpenger");

  await page.getByLabel("Fra hvilken dato søker du om dagpenger?").fill(dayFromToday(0));
  await page.getByLabel("Hvor mange timer i uken jobbet du før?").fill("37");
  await question(page, /sluttpakke/).getByRole("radio", { name: "Nei" }).check();
  await question(page, /Forsørger du barn/).getByRole("radio", { name: "Ja" }).check();
  await page.getByLabel("Kontonummeret ditt").fill("1234 56 78903");
  await page.getByRole("button", { name: "Legg til en til" }).click();
  const child = question(page, /^Barn 1/);
  await expect(child).toBeVisible();
  await child.getByLabel("Barnets navn").fill("Leila Khan");
  await child.getByLabel("Barnets fødselsnummer").fill("05862650087");
  await child.getByRole("radio", { name: "Ja" }).check();
  await expectNoAxeViolations(page);
  await continueTo(page, "Skattekortet");
  await question(page, /Vil du endre skattekortet/).getByRole("radio", { name: "Ja" }).check();
  await page.getByLabel("Hvor mye regner du med å tjene i år?").fill("380 000");
  await continueTo(page, "Se over svarene dine");
  await expect(page.getByText("Bryggen Hotell AS")).toBeVisible();
  await expect(page.getByText("Leila Khan")).toBeVisible();

  await page.getByRole("button", { name: "Send inn" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sendt inn");
  const timeline = page.locator(".timeline");
  await expect(timeline.getByText("NAV — registrering som arbeidssøker", { exact: true })).toBeVisible();
  await expect(timeline.getByText("NAV — dagpenger", { exact: true })).toBeVisible();
  await expect(timeline.getByText("Skatteetaten — endring av skattekortet", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});
