//! HTTP requests to the remote store, with credentials and retries.
//!
//! Requests go through `oxhttp`'s blocking client (plain HTTP; one
//! connection per request). A request that fails for a reason that may pass
//! — the connection refused or cut, a timeout, status 408, 429 or 5xx — is
//! sent again after a pause that doubles each time, up to a bounded number
//! of attempts. Other statuses are final at once.

use std::time::Duration;

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use oxhttp::model::{header, Body, HeaderValue, Method, Request, StatusCode};
use oxhttp::Client;
use url::Url;

/// Longest pause between two attempts.
const MAX_PAUSE: Duration = Duration::from_secs(30);
/// Characters of a server's error answer kept in messages.
const ANSWER_EXCERPT: usize = 300;

/// Credentials sent with every request.
#[derive(Clone, PartialEq, Eq)]
pub enum Credentials {
    /// `Authorization: Bearer TOKEN`.
    Bearer(String),
    /// `Authorization: Basic base64(USER:PASSWORD)`.
    Basic { user: String, password: String },
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never print a secret, not even in a debug dump.
        match self {
            Credentials::Bearer(_) => f.write_str("Bearer(…)"),
            Credentials::Basic { user, .. } => write!(f, "Basic({user}:…)"),
        }
    }
}

impl Credentials {
    /// Reads credentials from a secret: `USER:PASSWORD` is basic
    /// authentication, anything else a bearer token; a leading `Bearer `
    /// marks a token that holds a colon.
    pub fn from_secret(secret: &str) -> Self {
        let secret = secret.trim();
        if let Some(token) = secret.strip_prefix("Bearer ") {
            return Credentials::Bearer(token.trim().to_owned());
        }
        match secret.split_once(':') {
            Some((user, password)) => Credentials::Basic {
                user: user.to_owned(),
                password: password.to_owned(),
            },
            None => Credentials::Bearer(secret.to_owned()),
        }
    }

    fn header_value(&self) -> String {
        match self {
            Credentials::Bearer(token) => format!("Bearer {token}"),
            Credentials::Basic { user, password } => {
                format!("Basic {}", STANDARD.encode(format!("{user}:{password}")))
            }
        }
    }
}

/// Why a request failed for good.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RequestError {
    #[error("{method} {url}: {source} (after {attempts} attempts)")]
    Connection {
        method: Method,
        url: String,
        attempts: u32,
        source: std::io::Error,
    },
    #[error("{method} {url}: the server answered {status}{}{answer}", if answer.is_empty() { "" } else { ": " })]
    Status {
        method: Method,
        url: String,
        status: StatusCode,
        /// The start of the server's answer, on one line.
        answer: String,
    },
    #[error("{method} {url}: {source}")]
    Setup {
        method: Method,
        url: String,
        source: Box<dyn std::error::Error + Send + Sync>,
    },
}

impl RequestError {
    /// The status the server answered, if it answered.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            RequestError::Status { status, .. } => Some(*status),
            _ => None,
        }
    }
}

/// How hard to try.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct RetryPolicy {
    /// Attempts after the first one.
    pub retries: u32,
    /// Pause before the first retry; doubled for each next one (at most 30 s).
    pub first_pause: Duration,
    /// Limit for connecting, sending and reading one request.
    pub timeout: Duration,
}

/// Sends requests with credentials and retries.
pub struct Http {
    client: Client,
    authorization: Option<HeaderValue>,
    policy: RetryPolicy,
}

impl Http {
    pub fn new(credentials: Option<&Credentials>, policy: RetryPolicy) -> Result<Self, String> {
        let authorization = match credentials {
            None => None,
            Some(c) => {
                let mut value = HeaderValue::try_from(c.header_value())
                    .map_err(|_| "the credentials hold characters not allowed in a header")?;
                value.set_sensitive(true);
                Some(value)
            }
        };
        let client = Client::new()
            .with_global_timeout(policy.timeout)
            .with_user_agent(concat!("kgraph/", env!("CARGO_PKG_VERSION")))
            .map_err(|e| e.to_string())?;
        Ok(Http {
            client,
            authorization,
            policy,
        })
    }

    /// Sends `body` with `method` to `url`; returns the answer's body.
    pub fn send(
        &self,
        method: Method,
        url: &Url,
        content_type: Option<&str>,
        body: &[u8],
    ) -> Result<String, RequestError> {
        let mut pause = self.policy.first_pause;
        let mut attempt = 0;
        loop {
            attempt += 1;
            let last = attempt > self.policy.retries;
            match self.send_once(method.clone(), url, content_type, body) {
                Ok(answer) => return Ok(answer),
                Err(Failure::Final(e)) => return Err(e),
                Err(Failure::Passing(e)) if last => {
                    return Err(match e {
                        Passing::Io(source) => RequestError::Connection {
                            method,
                            url: url.to_string(),
                            attempts: attempt,
                            source,
                        },
                        Passing::Status(e) => e,
                    })
                }
                Err(Failure::Passing(_)) => {
                    std::thread::sleep(pause);
                    pause = (pause * 2).min(MAX_PAUSE);
                }
            }
        }
    }

    fn send_once(
        &self,
        method: Method,
        url: &Url,
        content_type: Option<&str>,
        body: &[u8],
    ) -> Result<String, Failure> {
        let setup = |source: Box<dyn std::error::Error + Send + Sync>| {
            Failure::Final(RequestError::Setup {
                method: method.clone(),
                url: url.to_string(),
                source,
            })
        };
        let mut builder = Request::builder().method(method.clone()).uri(url.as_str());
        if let Some(content_type) = content_type {
            builder = builder.header(header::CONTENT_TYPE, content_type);
        }
        if let Some(value) = &self.authorization {
            builder = builder.header(header::AUTHORIZATION, value.clone());
        }
        let request = builder
            .body(Body::from(body.to_vec()))
            .map_err(|e| setup(e.into()))?;
        let response = match self.client.request(request) {
            Ok(response) => response,
            Err(e) if e.kind() == std::io::ErrorKind::InvalidInput => {
                // Not a network failure: an unsupported scheme, a bad URL.
                return Err(setup(e.into()));
            }
            Err(e) => return Err(Failure::Passing(Passing::Io(e))),
        };
        let status = response.status();
        let answer = response.into_body().to_string();
        if status.is_success() {
            return answer.map_err(|e| Failure::Passing(Passing::Io(e)));
        }
        let excerpt: String = answer
            .unwrap_or_default()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .chars()
            .take(ANSWER_EXCERPT)
            .collect();
        let error = RequestError::Status {
            method,
            url: url.to_string(),
            status,
            answer: excerpt,
        };
        if status.is_server_error()
            || status == StatusCode::REQUEST_TIMEOUT
            || status == StatusCode::TOO_MANY_REQUESTS
        {
            Err(Failure::Passing(Passing::Status(error)))
        } else {
            Err(Failure::Final(error))
        }
    }
}

enum Failure {
    /// Worth another attempt.
    Passing(Passing),
    Final(RequestError),
}

enum Passing {
    Io(std::io::Error),
    Status(RequestError),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_secret_with_a_colon_is_basic_and_others_are_bearer() {
        assert_eq!(
            Credentials::from_secret("ann:s3cret").header_value(),
            "Basic YW5uOnMzY3JldA=="
        );
        assert_eq!(
            Credentials::from_secret("abc.def\n").header_value(),
            "Bearer abc.def"
        );
        assert_eq!(
            Credentials::from_secret("Bearer a:b").header_value(),
            "Bearer a:b"
        );
        assert!(!format!("{:?}", Credentials::from_secret("ann:s3cret")).contains("s3cret"));
    }
}
