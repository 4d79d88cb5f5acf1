import { expect, test, type Page } from "@playwright/test";
import { dayFromToday as day, expectNoAxeViolations, logIn, startAfresh } from "./support";

// Synthetic people (month + 80) from the portal's seeded population.
const PER = "11875810067";
const KARI = "15858510055";

test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ context }) => {
  await context.clearCookies();
});

async function continueTo(page: Page, heading: string | RegExp) {
  await page.getByRole("button", { name: "Lagre og fortsett", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  await expectNoAxeViolations(page);
}

test("a founder registers a limited company; a taken name is refused, VAT and employer registration follow", async ({ page }) => {
  await page.goto("/life-event/starte-bedrift");
  await expect(page.getByRole("heading", { name: "Dette trenger du" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Logg inn for å starte" }).click();
  await logIn(page, /^Per Hansen/);
  await startAfresh(page);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Om deg som starter bedriften");
  // Folkeregisteret fills in the founder, and says so.
  await expect(page.getByLabel("Fødselsnummeret ditt")).toHaveValue(PER);
  await expect(page.getByLabel("Gateadresse")).toHaveValue("Kirkegata 5");
  await expect(page.getByText(/^Fra Folkeregisteret, \d\d\.\d\d\.\d{4}$/).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("E-postadressen din").fill("per@example.no");
  await continueTo(page, "Roller du har fra før");
  // Enhetsregisteret knows Per's joinery.
  await expect(page.getByRole("group", { name: "Virksomhet 1" }).getByLabel("Navn på virksomheten")).toHaveValue(
    "Hansen Snekkeri AS",
  );
  await continueTo(page, "Om bedriften");

  // The name is Per's joinery's: refused at the field when posted, what was typed kept.
  const name = page.getByLabel("Navnet på bedriften");
  await name.fill("Hansen Snekkeri AS");
  await page.getByRole("radio", { name: "Aksjeselskap (AS)" }).check();
  await page.getByLabel("Hva skal bedriften drive med?").fill("Design og produksjon av lamper.");
  await page.getByLabel("Når starter bedriften?").fill(day(30));
  await page.getByRole("group", { name: /samme adresse som deg/ }).getByRole("radio", { name: "Ja" }).check();
  await page.getByRole("button", { name: "Lagre og fortsett", exact: true }).click();
  const summary = page.locator("#error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Navnet er allerede registrert i Enhetsregisteret.");
  await expect(name).toHaveValue("Hansen Snekkeri AS");
  await expectNoAxeViolations(page);
  await name.fill("Fjordlys Design AS");
  // A limited company: share capital and a board of two.
  await continueTo(page, "Aksjeselskapet");
  await page.getByLabel("Aksjekapital").fill("30 000");
  await page.getByLabel("Stiftelsesdato").fill(day(-5));
  for (const [n, pid, who, role] of [
    [1, PER, "Per Hansen", "Styreleder"],
    [2, KARI, "Kari Nordmann", "Styremedlem"],
  ] as const) {
    const member = page.getByRole("group", { name: `Styremedlem ${n}` });
    if (!(await member.isVisible())) {
      await page.getByRole("button", { name: "Legg til en til" }).click();
    }
    await expect(member).toBeVisible();
    await member.getByLabel("Fødselsnummer").fill(pid);
    await member.getByLabel("Navn", { exact: true }).fill(who);
    await member.getByRole("radio", { name: role, exact: true }).check();
  }
  await page.getByRole("group", { name: /velge bort revisor/ }).getByRole("radio", { name: "Ja" }).check();
  await expectNoAxeViolations(page);
  await continueTo(page, "Merverdiavgift (mva)");
  await page.getByLabel("Hvor mye regner du med å selge").fill("1 200 000");
  await page.getByRole("group", { name: /unntatt fra mva/ }).getByRole("radio", { name: "Nei" }).check();
  await page.getByLabel("Fra hvilken dato skal bedriften registreres for mva?").fill(day(30));
  await page.getByRole("radio", { name: "Annenhver måned" }).check();
  await continueTo(page, "Ansatte");
  await page.getByRole("group", { name: /Skal bedriften ha ansatte/ }).getByRole("radio", { name: "Ja" }).check();
  await page.getByLabel("Hvor mange ansatte regner du med?").fill("3");
  await page.getByLabel("Når begynner den første ansatte?").fill(day(60));
  await page.getByRole("group", { name: /tjenestepensjon/ }).getByRole("radio", { name: "Ja" }).check();
  await continueTo(page, "Bedriftens bankkonto");
  await page.getByLabel("Kontonummeret til bedriften").fill("1234 56 78903");
  await continueTo(page, "Se over svarene dine");
  await expect(page.getByText("Fjordlys Design AS").first()).toBeVisible();
  await expect(page.getByText("Kari Nordmann").first()).toBeVisible();

  await page.getByRole("button", { name: "Send inn" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sendt inn");
  const timeline = page.locator(".timeline");
  await expect(timeline.getByText("Skatteetaten — registrering i Merverdiavgiftsregisteret", { exact: true })).toBeVisible();
  await expect(timeline.getByText("NAV — registrering som arbeidsgiver", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});
