// An independent OpenID provider for the interoperability tests: the certified `oidc-provider`
// package, configured the way ID-porten behaves towards Veiviser — the identity number in `pid`,
// the two ID-porten levels as `acr` values, PKCE (S256) required, RP-initiated logout. Only the
// login step (the interaction) is ours: a plain HTML form a browser test fills with or without
// JavaScript. Nothing from Veiviser is shared with it but configuration.
//
// Environment: INTEROP_PROVIDER_PORT (3200), INTEROP_PORTAL_URL (http://127.0.0.1:3100),
// INTEROP_CLIENT_SECRET.
import { generateKeyPairSync, createPrivateKey, randomBytes } from "node:crypto";
import { createServer } from "node:http";
import Provider from "oidc-provider";

const port = Number(process.env.INTEROP_PROVIDER_PORT ?? 3200);
const portal = (process.env.INTEROP_PORTAL_URL ?? "http://127.0.0.1:3100").replace(/\/$/, "");
const issuer = `http://127.0.0.1:${port}`;
const LEVELS = ["idporten-loa-substantial", "idporten-loa-high"];

// A fresh signing key per run, generated as PEM and re-imported (a direct JWK export of a fresh
// key has been seen to hang on some Node versions).
const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const pem = privateKey.export({ type: "pkcs8", format: "pem" });
const signingKey = { ...createPrivateKey(pem).export({ format: "jwk" }), use: "sig", alg: "RS256", kid: "interop-1" };

const escape = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

const page = (title, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title></head>
<body><main><h1>${escape(title)}</h1>${body}</main></body></html>`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: "veiviser",
      client_secret: process.env.INTEROP_CLIENT_SECRET ?? "interop-secret",
      redirect_uris: [`${portal}/auth/callback`],
      post_logout_redirect_uris: [`${portal}/logged-out`],
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_post",
    },
  ],
  jwks: { keys: [signingKey] },
  cookies: { keys: [randomBytes(32).toString("hex")] },
  pkce: { required: () => true },
  ttl: { Interaction: 600, Session: 3600, Grant: 3600, IdToken: 3600, AccessToken: 600, AuthorizationCode: 60 },
  acrValues: LEVELS,
  // ID-porten puts `pid`, `locale` and `amr` in the ID token for the `openid` scope.
  claims: { openid: ["sub", "pid", "locale", "amr"] },
  conformIdTokenClaims: false,
  findAccount: async (_ctx, id) => ({
    accountId: id,
    claims: async () => ({ sub: id, pid: id, locale: "nb" }),
  }),
  // A first-party client: consent is implied, as with ID-porten.
  loadExistingGrant: async (ctx) => {
    const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope("openid");
    grant.addOIDCClaims(["pid", "locale"]);
    await grant.save();
    return grant;
  },
  features: {
    devInteractions: { enabled: false },
    rpInitiatedLogout: {
      enabled: true,
      logoutSource: async (ctx, form) => {
        ctx.body = page(
          "Sign out of the test provider?",
          `${form}<button type="submit" form="op.logoutForm" value="yes" name="logout">Yes, sign me out</button>`,
        );
      },
      postLogoutSuccessSource: async (ctx) => {
        ctx.body = page("Signed out", "<p>You are signed out.</p>");
      },
    },
  },
  renderError: async (ctx, out) => {
    ctx.type = "html";
    ctx.body = page("Sign-in error", `<p>${escape(out.error)}: ${escape(out.error_description ?? "")}</p>`);
  },
});

const readForm = async (req) => {
  let body = "";
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 10_000) throw new Error("form too large");
  }
  return new URLSearchParams(body);
};

const loginForm = (uid, error = "", pid = "") => {
  const errorText = error ? `<p role="alert" id="pid-error">${escape(error)}</p>` : "";
  const described = error ? ' aria-describedby="pid-error" aria-invalid="true"' : "";
  const options = LEVELS.map(
    (level, i) =>
      `<div><input type="radio" id="level-${i}" name="level" value="${level}"${i === 0 ? " checked" : ""}>` +
      `<label for="level-${i}">${level}</label></div>`,
  ).join("");
  return page(
    "Independent test provider",
    `${errorText}<form method="post" action="/interaction/${escape(uid)}/login">
<label for="pid">Identity number</label>
<input id="pid" name="pid" inputmode="numeric" autocomplete="off" value="${escape(pid)}"${described}>
<fieldset><legend>Security level</legend>${options}</fieldset>
<button type="submit">Sign in</button></form>`,
  );
};

const interactions = async (req, res) => {
  const match = req.url.match(/^\/interaction\/([\w-]+)(\/login)?$/);
  if (!match) return false;
  const details = await provider.interactionDetails(req, res);
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  if (req.method === "GET") {
    res.end(loginForm(details.uid));
    return true;
  }
  const form = await readForm(req);
  const pid = (form.get("pid") ?? "").trim();
  const level = form.get("level");
  if (!/^\d{11}$/.test(pid) || !LEVELS.includes(level)) {
    res.statusCode = 400;
    res.end(loginForm(details.uid, "Type an 11-digit identity number and pick a level.", pid));
    return true;
  }
  await provider.interactionFinished(
    req,
    res,
    { login: { accountId: pid, acr: level, amr: ["TestID"] } },
    { mergeWithLastSubmission: false },
  );
  return true;
};

const callback = provider.callback();
createServer(async (req, res) => {
  try {
    if (!(await interactions(req, res))) callback(req, res);
  } catch (error) {
    console.error("interop provider:", error);
    if (!res.headersSent) res.statusCode = 500;
    res.end(page("Sign-in error", `<p>${escape(error.message)}</p>`));
  }
}).listen(port, "127.0.0.1", () => console.log(`interop provider: ${issuer}`));
