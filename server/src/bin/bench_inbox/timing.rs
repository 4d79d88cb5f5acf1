//! Measuring: each query called after a warm-up, its times in milliseconds sorted, and their
//! percentiles.

use std::time::Instant as Clock;

pub(super) const WARM_UP: usize = 20;

/// Milliseconds of `runs` calls of `call` after a warm-up, sorted.
pub(super) async fn time<F, Fut>(runs: usize, mut call: F) -> anyhow::Result<Vec<f64>>
where
    F: FnMut(usize) -> Fut,
    Fut: std::future::Future<Output = anyhow::Result<usize>>,
{
    for i in 0..WARM_UP {
        call(i).await?;
    }
    let mut times = Vec::with_capacity(runs);
    for i in 0..runs {
        let started = Clock::now();
        call(i).await?;
        times.push(started.elapsed().as_secs_f64() * 1_000.0);
    }
    times.sort_by(f64::total_cmp);
    Ok(times)
}

pub(super) fn percentile(sorted: &[f64], p: f64) -> f64 {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(index).copied().unwrap_or_default()
}
