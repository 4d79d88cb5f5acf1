//! Page weight on a first visit: the HTML as served and every asset it references (stylesheets,
//! module preloads, the WebAssembly fetched by the hydration script, and the lazily loaded
//! WebAssembly of each island on the page, which the hydration script imports as it hydrates
//! them — read from the split manifest in the site), each fetched three times —
//! uncompressed, gzip and brotli — and measured on the wire. The client has no decompression
//! built in, so what arrives is what the server sent (pages compressed on the fly, `/pkg` files
//! precompressed by cargo-leptos).

use reqwest::{header, Client};
use std::path::Path;

/// Bytes of one resource on the wire: uncompressed, gzip, brotli (`None` when the server sent
/// it uncompressed for that `Accept-Encoding`).
struct Resource {
    kind: &'static str,
    path: String,
    raw: usize,
    gzip: Option<usize>,
    brotli: Option<usize>,
}

async fn fetch(
    client: &Client,
    url: &str,
    cookie: Option<&str>,
    encoding: &str,
) -> anyhow::Result<(usize, bool, String)> {
    let mut request = client.get(url).header(header::ACCEPT_ENCODING, encoding);
    if let Some(cookie) = cookie {
        request = request.header(header::COOKIE, cookie);
    }
    let response = request.send().await?;
    anyhow::ensure!(response.status() == 200, "{url}: {}", response.status());
    let encoded = response
        .headers()
        .get(header::CONTENT_ENCODING)
        .is_some_and(|value| value.as_bytes() == encoding.as_bytes());
    let body = response.bytes().await?;
    Ok((
        body.len(),
        encoded,
        String::from_utf8_lossy(&body).into_owned(),
    ))
}

async fn measure(
    client: &Client,
    base: &str,
    cookie: Option<&str>,
    kind: &'static str,
    path: &str,
) -> anyhow::Result<(Resource, String)> {
    let url = format!("{base}{path}");
    let (raw, _, text) = fetch(client, &url, cookie, "identity").await?;
    let (gzip, gzipped, _) = fetch(client, &url, cookie, "gzip").await?;
    let (brotli, brotlied, _) = fetch(client, &url, cookie, "br").await?;
    let resource = Resource {
        kind,
        path: path.to_string(),
        raw,
        gzip: gzipped.then_some(gzip),
        brotli: brotlied.then_some(brotli),
    };
    Ok((resource, text))
}

/// The same-origin assets a page's `<link>` and `<script>` tags reference.
fn assets(html: &str) -> Vec<String> {
    let mut found: Vec<String> = html
        .split('<')
        .filter(|tag| tag.starts_with("link ") || tag.starts_with("script "))
        .filter(|tag| !tag.contains(r#"rel="icon""#) && !tag.contains(r#"rel="canonical""#))
        .filter_map(|tag| {
            let attribute = if tag.starts_with("link ") {
                "href"
            } else {
                "src"
            };
            tag.split(&format!(r#"{attribute}=""#))
                .nth(1)
                .and_then(|rest| rest.split('"').next())
        })
        .filter(|href| href.starts_with('/'))
        .map(str::to_string)
        .collect();
    found.sort();
    found.dedup();
    found
}

/// `StepEnhancer` → `step_enhancer`.
fn snake(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// The site's file in `pkg/` whose name starts with `prefix` and ends with `suffix`.
fn site_file(site: &Path, prefix: &str, suffix: &str) -> Option<String> {
    std::fs::read_dir(site.join("pkg"))
        .ok()?
        .filter_map(Result::ok)
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .find(|name| name.starts_with(prefix) && name.ends_with(suffix))
}

/// What hydrating the page's islands loads besides the main bundle (a split build,
/// `cargo leptos build --split`): the split loader and, for each island, the WebAssembly
/// modules the split manifest lists for its loader (`<island>_loader_<hash>`). Nothing for a
/// page without islands or a build that is not split.
fn lazy_assets(html: &str, site: &Path) -> anyhow::Result<Vec<String>> {
    let islands: Vec<String> = html
        .split(r#"<leptos-island data-component=""#)
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        // `StepEnhancer_1234…`: the component's name and a hash of its source.
        .map(|id| snake(id.rsplit_once('_').map_or(id, |(name, _)| name)))
        .collect();
    let Some(manifest) = site_file(site, "__wasm_split_manifest.", ".json") else {
        return Ok(Vec::new());
    };
    if islands.is_empty() {
        return Ok(Vec::new());
    }
    let text = std::fs::read_to_string(site.join("pkg").join(manifest))?;
    let modules: std::collections::BTreeMap<String, Vec<String>> = serde_json::from_str(&text)?;
    let mut found: Vec<String> = site_file(site, "__wasm_split.", ".js")
        .map(|js| format!("/pkg/{js}"))
        .into_iter()
        .collect();
    for island in &islands {
        let loader = format!("{island}_loader_");
        let (_, chunks) = modules
            .iter()
            .find(|(key, _)| key.starts_with(&loader))
            .ok_or_else(|| anyhow::anyhow!("no module for the island {island} in the manifest"))?;
        found.extend(chunks.iter().map(|chunk| format!("/pkg/{chunk}.wasm")));
    }
    found.sort();
    found.dedup();
    Ok(found)
}

fn kind(path: &str) -> &'static str {
    match path.rsplit('.').next() {
        Some("css") => "css",
        Some("js") => "js",
        Some("wasm") => "wasm",
        _ => "other",
    }
}

fn kb(bytes: usize) -> String {
    format!("{:.1} KB", bytes as f64 / 1000.0)
}

fn shown(bytes: Option<usize>) -> String {
    bytes.map_or_else(|| "(not sent)".into(), kb)
}

/// Prints the page at `path` and everything it loads, with a total per encoding (a resource
/// sent uncompressed counts at its raw size).
pub async fn print(
    base: &str,
    site: &Path,
    cookie: Option<&str>,
    title: &str,
    path: &str,
) -> anyhow::Result<()> {
    let client = Client::new();
    let (page, html) = measure(&client, base, cookie, "html", path).await?;
    let mut resources = vec![page];
    for asset in assets(&html).into_iter().chain(lazy_assets(&html, site)?) {
        resources.push(measure(&client, base, None, kind(&asset), &asset).await?.0);
    }
    println!("\n{title} ({path})");
    println!(
        "  {:<5} {:>10} {:>10} {:>10}  resource",
        "kind", "raw", "gzip", "brotli"
    );
    for r in &resources {
        println!(
            "  {:<5} {:>10} {:>10} {:>10}  {}",
            r.kind,
            kb(r.raw),
            shown(r.gzip),
            shown(r.brotli),
            r.path
        );
    }
    let total = |pick: fn(&Resource) -> Option<usize>| -> usize {
        resources.iter().map(|r| pick(r).unwrap_or(r.raw)).sum()
    };
    println!(
        "  {:<5} {:>10} {:>10} {:>10}  first visit",
        "total",
        kb(total(|r| Some(r.raw))),
        kb(total(|r| r.gzip)),
        kb(total(|r| r.brotli)),
    );
    Ok(())
}
