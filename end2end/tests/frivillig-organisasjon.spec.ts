import { expect, test, type Locator, type Page } from "@playwright/test";
import { choose, press, tabTo, typeInto } from "./keyboard";
import { dayFromToday as day, expectNoAxeViolations } from "./support";

// Synthetic people (month + 80) from the portal's seeded population, and a number nobody has.
const KARI = "15858510055";
const OLA = "02918310013";
const UNKNOWN = "01819010001";

test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ context }) => {
  await context.clearCookies();
});

const heading = (page: Page) => page.getByRole("heading", { level: 1 });
const save = (page: Page) => page.getByRole("button", { name: "Lagre og fortsett", exact: true });

async function continueTo(page: Page, title: string) {
  await press(page, save(page));
  await expect(heading(page)).toHaveText(title);
  await expectNoAxeViolations(page);
}

/** Replaces what a field holds, from the keyboard. */
async function retype(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.press("Control+A");
  await page.keyboard.type(text);
}

// The walk is made with the keyboard alone in both projects, never a click: Tab to move, typing,
// Space to choose a radio (the arrow keys move within a radio group, as browsers make keyboard
// users do), Enter to press a link or a button.
test("a voluntary organisation by keyboard alone: a taken name and an unknown board member are refused, then it is registered", async ({ page }) => {
  await page.goto("/life-event/frivillig-organisasjon");
  await expect(heading(page)).toHaveText("Starte og drive en frivillig organisasjon");
  await press(page, page.getByRole("link", { name: "Logg inn for å starte" }));
  // Kari Nordmann and the substantial level are chosen already on the test login.
  await expect(heading(page)).toHaveText(/Testinnlogging/);
  await expect(page.getByRole("radio", { name: /^Kari Nordmann/ })).toBeChecked();
  await press(page, page.getByRole("button", { name: /Logg inn/ }));
  await expect(page.locator("#start-heading")).toBeVisible();
  const remove = page.getByRole("link", { name: "Slett utkastet først" });
  if ((await remove.count()) > 0) {
    await press(page, remove);
    await press(page, page.getByRole("button", { name: "Ja, slett utkastet" }));
    await expect(page).toHaveURL(/\/my-page\?deleted=1$/);
    await page.goto("/life-event/frivillig-organisasjon");
  }
  await press(page, page.getByRole("button", { name: "Start" }));

  await expect(heading(page)).toHaveText("Kontaktperson");
  await expect(page.getByLabel("Fødselsnummeret ditt")).toHaveValue(KARI);
  await expectNoAxeViolations(page);
  await typeInto(page, page.getByLabel("E-postadressen din"), "kari@example.no");
  await continueTo(page, "Om organisasjonen");

  // A name Enhetsregisteret has: the error summary takes the focus, what was typed is kept.
  const name = page.getByLabel("Navnet på organisasjonen");
  await typeInto(page, name, "Bergen Sjakklubb");
  await typeInto(page, page.getByLabel("Formålet med organisasjonen"), "Å synge sammen og holde konserter.");
  await choose(page, page.getByRole("radio", { name: "Kunst og kultur" }));
  await typeInto(page, page.getByLabel("Stiftelsesdato"), day(-30));
  await typeInto(page, page.getByLabel("Når ble vedtektene vedtatt?"), day(-30));
  await typeInto(page, page.getByLabel("Hvor mange medlemmer har organisasjonen?"), "24");
  await typeInto(page, page.getByLabel("Gateadresse"), "Storgata 1");
  await typeInto(page, page.getByLabel("Postnummer"), "0155");
  await typeInto(page, page.getByLabel("Poststed"), "Oslo");
  await press(page, save(page));
  const summary = page.locator("#error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Navnet er allerede registrert i Enhetsregisteret.");
  await expect(page).toHaveTitle(/^Feil: /);
  await expect(name).toHaveValue("Bergen Sjakklubb");
  await expectNoAxeViolations(page);
  await retype(page, name, "Storgata Kor");
  await continueTo(page, "Styret");

  // The board: Kari chairs; Ola is first typed as a number Folkeregisteret does not know.
  const add = page.getByRole("button", { name: "Legg til en til" });
  for (const [n, pid, who, role] of [
    [1, KARI, "Kari Nordmann", "Styreleder"],
    [2, UNKNOWN, "Ola Nordmann", "Varamedlem"],
  ] as const) {
    const member = page.getByRole("group", { name: `Styremedlem ${n}` });
    if (!(await member.isVisible())) await press(page, add);
    await expect(member).toBeVisible();
    await typeInto(page, member.getByLabel("Fødselsnummer"), pid);
    await typeInto(page, member.getByLabel("Navn", { exact: true }), who);
    await choose(page, member.getByRole("radio", { name: role, exact: true }));
  }
  await choose(page, page.getByRole("radio", { name: "Styret i fellesskap" }));
  await press(page, save(page));
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Vi finner ikke dette fødselsnummeret i Folkeregisteret.");
  const second = page.getByRole("group", { name: "Styremedlem 2" }).getByLabel("Fødselsnummer");
  await expect(second).toHaveValue(UNKNOWN);
  await expectNoAxeViolations(page);
  await retype(page, second, OLA);
  await continueTo(page, "Regnskap");

  await choose(page, page.getByRole("group", { name: /godkjent årsregnskap/ }).getByRole("radio", { name: "Ja" }));
  await typeInto(page, page.getByLabel("Hvilket år gjelder regnskapet?"), String(new Date().getFullYear() - 1));
  await typeInto(page, page.getByLabel("Driftskostnader i regnskapsåret"), "850 000");
  await typeInto(page, page.getByLabel("Inntekter i regnskapsåret"), "900 000");
  await choose(page, page.getByRole("group", { name: /revidert/ }).getByRole("radio", { name: "Ja" }));
  await continueTo(page, "Frivillighetsregisteret");
  await choose(page, page.getByRole("group", { name: /i Frivillighetsregisteret\?/ }).getByRole("radio", { name: "Ja" }));
  await choose(page, page.getByRole("group", { name: /grasrotandelen/ }).getByRole("radio", { name: "Ja" }));
  await continueTo(page, "Momskompensasjon");
  await choose(page, page.getByRole("group", { name: /søke om momskompensasjon/ }).getByRole("radio", { name: "Ja" }));
  await choose(page, page.getByRole("radio", { name: "Forenklet modell" }));
  await continueTo(page, "Organisasjonens bankkonto");
  await typeInto(page, page.getByLabel("Kontonummeret til organisasjonen"), "1234 56 78903");
  await continueTo(page, "Se over svarene dine");
  await expect(page.getByText("Storgata Kor").first()).toBeVisible();

  await press(page, page.getByRole("button", { name: "Send inn" }));
  await expect(heading(page)).toHaveText("Sendt inn");
  const timeline = page.locator(".timeline");
  await expect(timeline.getByText("Lotteri- og stiftelsestilsynet — momskompensasjon", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});
