//! Journeys as code beside journeys as data: `server export-journey <id> [--version N]` prints a
//! stored version's TOML, `server import-journey <file>` stores a checked file as its journey's
//! draft, and `server publish-journey <id>` publishes the draft. The same checker guards each way
//! in, so nothing published ever fails it; a running server serves a newly published version from
//! its next start.

use super::{check, versions::version_name, JourneyErrors};
use crate::storage::{Database, Drafted, JourneyVersion, Published, VersionState};
use std::path::Path;

/// Why a command did nothing.
#[derive(Debug, thiserror::Error)]
pub enum AuthoringError {
    #[error("{0}")]
    Usage(&'static str),
    #[error("{path}: cannot read: {reason}")]
    Unreadable { path: String, reason: String },
    /// The checker's errors, each as `file:line:column: message`.
    #[error(transparent)]
    Invalid(#[from] JourneyErrors),
    #[error("{id}: version {version} is not above the latest published version {latest}; give the draft a higher `version`")]
    NotNewer {
        id: String,
        version: i64,
        latest: i64,
    },
    #[error("{0}: no such version")]
    NoVersion(String),
    #[error("{0}: no draft to publish")]
    NoDraft(String),
    #[error(transparent)]
    Storage(#[from] crate::storage::StorageError),
}

const EXPORT_USAGE: &str = "usage: server export-journey <journey id> [--version <number>]";
const IMPORT_USAGE: &str = "usage: server import-journey <file.toml>";
const PUBLISH_USAGE: &str = "usage: server publish-journey <journey id>";

/// Runs `export-journey`, `import-journey` or `publish-journey` (the first of `args`) and returns
/// what to print: the TOML for an export, one line for the others.
pub async fn run(database: &Database, args: &[String]) -> Result<String, AuthoringError> {
    match args {
        [command, id] if command == "export-journey" => export(database, id, None).await,
        [command, id, flag, version] if command == "export-journey" && flag == "--version" => {
            let version = version
                .parse()
                .map_err(|_| AuthoringError::Usage(EXPORT_USAGE))?;
            export(database, id, Some(version)).await
        }
        [command, file] if command == "import-journey" => import(database, Path::new(file)).await,
        [command, id] if command == "publish-journey" => publish(database, id).await,
        [command, ..] if command == "import-journey" => Err(AuthoringError::Usage(IMPORT_USAGE)),
        [command, ..] if command == "publish-journey" => Err(AuthoringError::Usage(PUBLISH_USAGE)),
        _ => Err(AuthoringError::Usage(EXPORT_USAGE)),
    }
}

/// The TOML of version `version` of journey `id`, or of its published version.
async fn export(
    database: &Database,
    id: &str,
    version: Option<i64>,
) -> Result<String, AuthoringError> {
    let versions = database.journey_versions();
    let stored = match version {
        Some(version) => versions.get(id, version).await?,
        None => versions.in_state(id, VersionState::Published).await?,
    };
    let name = version.map_or_else(|| format!("{id} (published)"), |v| version_name(id, v));
    stored
        .map(|stored| stored.source)
        .ok_or(AuthoringError::NoVersion(name))
}

/// Checks the file as the server would serve it and stores it as its journey's draft.
async fn import(database: &Database, path: &Path) -> Result<String, AuthoringError> {
    let name = path.display().to_string();
    let source = std::fs::read_to_string(path).map_err(|error| AuthoringError::Unreadable {
        path: name.clone(),
        reason: error.to_string(),
    })?;
    let catalog = check(&[(name, source.clone())])?;
    let meta = &catalog.journeys()[0];
    let draft = JourneyVersion {
        id: meta.id.to_string(),
        version: i64::from(meta.version),
        source,
    };
    let stored = version_name(&draft.id, draft.version);
    match database
        .journey_versions()
        .store_draft(&draft, None)
        .await?
    {
        Drafted::Stored { replaced: None } => Ok(format!("{stored} is the draft")),
        Drafted::Stored {
            replaced: Some(earlier),
        } => Ok(format!(
            "{stored} is the draft (in place of the draft v{earlier})"
        )),
        Drafted::NotNewer { latest } => Err(AuthoringError::NotNewer {
            id: draft.id,
            version: draft.version,
            latest,
        }),
    }
}

/// Publishes the journey's draft when it passes the checker; the published version is retired.
async fn publish(database: &Database, id: &str) -> Result<String, AuthoringError> {
    let versions = database.journey_versions();
    let Some(draft) = versions.in_state(id, VersionState::Draft).await? else {
        return Err(AuthoringError::NoDraft(id.to_string()));
    };
    let name = version_name(id, draft.version);
    check(&[(name.clone(), draft.source)])?;
    match versions.publish(id, draft.version, None).await? {
        Published::Done { retired: None } => Ok(format!("{name} is published")),
        Published::Done {
            retired: Some(retired),
        } => Ok(format!("{name} is published (v{retired} is retired)")),
        Published::NoDraft => Err(AuthoringError::NoDraft(id.to_string())),
    }
}
