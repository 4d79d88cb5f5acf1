//! Page weight on a first visit: the HTML as served and every asset it references (stylesheets,
//! module preloads, the WebAssembly fetched by the hydration script), each fetched three times —
//! uncompressed, gzip and brotli — and measured on the wire. The client has no decompression
//! built in, so what arrives is what the server sent (pages compressed on the fly, `/pkg` files
//! precompressed by cargo-leptos).

use reqwest::{header, Client};

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
    cookie: Option<&str>,
    title: &str,
    path: &str,
) -> anyhow::Result<()> {
    let client = Client::new();
    let (page, html) = measure(&client, base, cookie, "html", path).await?;
    let mut resources = vec![page];
    for asset in assets(&html) {
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
