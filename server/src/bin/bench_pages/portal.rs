//! The portal under test: the release `server` binary started as a child process, on a free port
//! with a fresh SQLite file in a temporary folder, in the demo configuration (embedded login,
//! simulated agencies) that the pages need. Stopped and its folder removed when dropped.

use anyhow::Context;
use std::{
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

/// The hash file for the site's hashed assets (`js: …`, `wasm: …`, `css: …`), read from their
/// names: the one cargo-leptos writes beside the binary belongs to whichever worktree built last
/// in a shared target folder, and may name files this site does not have.
fn hashes(pkg: &Path) -> anyhow::Result<String> {
    let mut lines = String::new();
    let entries =
        std::fs::read_dir(pkg).with_context(|| format!("no site at {}", pkg.display()))?;
    for entry in entries {
        let name = entry?.file_name().to_string_lossy().into_owned();
        let parts: Vec<&str> = name.split('.').collect();
        if let ["veiviser", hash, kind @ ("js" | "wasm" | "css")] = parts.as_slice() {
            lines.push_str(&format!("{kind}: {hash}\n"));
        }
    }
    anyhow::ensure!(
        lines.lines().count() == 3,
        "{} lacks a hashed js, wasm or css",
        pkg.display()
    );
    Ok(lines)
}

pub struct Portal {
    child: Child,
    dir: PathBuf,
    pub base: String,
}

impl Portal {
    /// Starts `server` from the workspace root (where `journeys/` is) and waits until
    /// `/health/ready` answers 200; returns the portal and the time from spawn to ready.
    pub async fn start(server: &Path, site_root: &Path) -> anyhow::Result<(Self, Duration)> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .context("the workspace root")?;
        let dir = std::env::temp_dir().join(format!("veiviser-bench-pages-{}", std::process::id()));
        std::fs::create_dir_all(&dir)?;
        // A port the system just handed out and released: free unless something takes it in
        // the moment before the portal binds it.
        let port = std::net::TcpListener::bind("127.0.0.1:0")?
            .local_addr()?
            .port();
        let hash_file = dir.join("hash.txt");
        std::fs::write(&hash_file, hashes(&site_root.join("pkg"))?)?;
        let log = std::fs::File::create(dir.join("server.log"))?;
        let started = Instant::now();
        let child = Command::new(server)
            .current_dir(root)
            // Nothing of the caller's configuration (a real provider, PostgreSQL) leaks in.
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("RUST_LOG", "warn")
            .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
            .env("LEPTOS_SITE_ROOT", site_root)
            .env("LEPTOS_HASH_FILES", "true")
            .env("LEPTOS_HASH_FILE_NAME", &hash_file)
            .env(
                "DATABASE_URL",
                format!("sqlite://{}/bench.db", dir.display()),
            )
            .env("VEIVISER_LOGIN_RATE_LIMIT", "1000000")
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .with_context(|| format!("cannot start {}", server.display()))?;
        let portal = Portal {
            child,
            dir,
            base: format!("http://127.0.0.1:{port}"),
        };
        let ready = portal.wait_until_ready(started).await?;
        Ok((portal, ready))
    }

    async fn wait_until_ready(&self, started: Instant) -> anyhow::Result<Duration> {
        let client = reqwest::Client::new();
        let url = format!("{}/health/ready", self.base);
        while started.elapsed() < Duration::from_secs(30) {
            if let Ok(response) = client.get(&url).send().await {
                if response.status() == 200 {
                    return Ok(started.elapsed());
                }
            }
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
        let log = std::fs::read_to_string(self.dir.join("server.log")).unwrap_or_default();
        anyhow::bail!("the portal was not ready within 30 s; its log:\n{log}")
    }

    /// The child's peak resident memory (`VmHWM`), in KiB.
    pub fn peak_rss_kib(&self) -> Option<u64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).ok()?;
        status
            .lines()
            .find_map(|line| line.strip_prefix("VmHWM:"))
            .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
    }

    /// The portal's log lines (warnings and errors), for a run that had errors.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.join("server.log")).unwrap_or_default()
    }
}

impl Drop for Portal {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
