//! Runs the work of one request (a query, an update, an explorer page)
//! where it cannot hurt the server, and stops it on time.
//!
//! **Why a child process.** Oxigraph checks its cancellation token only when
//! it reads the store, so a sort, a join or a `COUNT` over results it
//! already read runs on after a timeout, burning a core for minutes (the
//! audit of issue 15 timed a three-way cross product at 83 s under a 3 s
//! timeout). A thread cannot be stopped from outside, and `kg query` stops
//! such a query by exiting, which a server cannot do. So the server forks:
//! the child inherits the loaded store (copy-on-write, nothing is copied
//! or reloaded), evaluates, sends its response back through a pipe and
//! exits; the parent waits at most until the deadline and then kills it,
//! which frees the core and the memory at once. The child also runs the
//! work on a thread with a large stack, and a child that still crashes (a
//! stack overflow in the parser, say) takes only itself down: the server
//! never aborts on a request.
//!
//! The parent's rayon pool has no threads in the child, and work handed to
//! it would never run: the child runs its work in a pool of its own, and
//! work that starts threads of its own which use rayon (opening a store
//! for writing, as an update does) stays in the server ([`Place::Thread`]).
//!
//! **What fork costs.** Copying the page tables, about 2 ms per GiB of
//! resident store, and the child must not need a lock another thread of
//! the server held at the instant of the fork. The server's own locks
//! are not taken in the child (the caller takes what it needs before);
//! Oxigraph's in-memory store takes short per-quad locks while reading, so
//! the parent never reads a store in-process while it forks (see
//! [`Gate`]); and mimalloc, the `kg` binary's allocator, takes no lock
//! on its common paths. Rust's `std::thread` does take one as each thread
//! starts and ends, which the HTTP server's threads do all the time, so
//! the child starts its threads (its pool, its watchdogs) without it (see
//! [`crate::threads`]). If a child did hang, it is killed at the deadline
//! like any slow query, never later.
//!
//! Without `fork` (not Unix), for the RocksDB backend (its background
//! threads do not survive a fork) or when the fork fails, the work runs on
//! a large-stack thread in the server, stopped only by the cancellation
//! token, as before.

use std::sync::RwLock;
use std::time::{Duration, Instant};

use oxhttp::model::{Body, HeaderName, HeaderValue, Response, StatusCode};

use crate::query::{QueryOptions, Watchdog};

/// Stacks to try for the thread that runs the work (reserved address
/// space; pages are used only as deep as the recursion goes), as in `kg`'s
/// `main`: under `ulimit -v` the largest may be refused.
const WORK_STACK_BYTES: [usize; 2] = [1 << 30, 64 << 20];

/// How long a cancelled query may take to notice before the child answers
/// for it and exits.
const CHILD_GRACE: Duration = Duration::from_millis(200);

/// How long past the child's own deadline the parent waits for a child
/// that went silent (hung) before it kills it.
const PARENT_MARGIN: Duration = Duration::from_millis(800);

/// Process-wide gate between in-process readers of a store and `fork`: a
/// reader holds it shared, a fork holds it exclusively, so that no child
/// starts life with one of the store's read locks held by a thread it
/// does not have.
pub(crate) struct Gate;

static FORK_GATE: RwLock<()> = RwLock::new(());

impl Gate {
    /// Holds off forks while the caller reads a store in-process.
    pub(crate) fn read<T>(work: impl FnOnce() -> T) -> T {
        let _guard = FORK_GATE.read().unwrap_or_else(|e| e.into_inner());
        work()
    }
}

/// Where the work runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    /// In a child process the server kills at the deadline.
    Child,
    /// On a thread of the server (cooperative cancellation only).
    Thread,
}

/// What bounds one piece of work.
pub(crate) struct Bounds<'a> {
    pub query: &'a QueryOptions,
    /// Largest answer (status line, headers and body) taken from a child.
    pub max_answer_bytes: usize,
}

/// Runs `work` at `place` under `bounds`; its response, or the failure of
/// the child (killed at the deadline, crashed, answer too large) as an
/// error response.
pub(crate) fn run<F>(place: Place, bounds: &Bounds<'_>, work: F) -> Response<Body>
where
    F: FnOnce() -> Response<Body> + Send,
{
    #[cfg(target_os = "linux")]
    if place == Place::Child {
        match unix::run_in_child(bounds, work) {
            Ok(response) => return response,
            Err(work) => return on_large_stack(work),
        }
    }
    let _ = (place, bounds);
    on_large_stack(work)
}

/// Runs `work` on a thread with a large stack, waiting for it.
fn on_large_stack<F>(work: F) -> Response<Body>
where
    F: FnOnce() -> Response<Body> + Send,
{
    // A response's body is not `Send`: it crosses the thread as bytes.
    let bytes = encoded_on_large_stack(work);
    decode(&bytes).unwrap_or_else(|| {
        failure(
            StatusCode::INTERNAL_SERVER_ERROR,
            "the request's answer could not be read back",
        )
    })
}

/// [`on_large_stack`], answering with the [`encode`]d response.
fn encoded_on_large_stack<F>(work: F) -> Vec<u8>
where
    F: FnOnce() -> Response<Body> + Send,
{
    let mut work = Some(work);
    for size in WORK_STACK_BYTES {
        let slot = &mut work;
        let outcome = std::thread::scope(|scope| {
            let spawned = std::thread::Builder::new()
                .name("kg serve work".into())
                .stack_size(size)
                .spawn_scoped(scope, move || {
                    let work = slot.take().expect("the work runs once");
                    encode(work())
                });
            match spawned {
                Ok(thread) => Some(thread.join().ok()),
                Err(_) => None,
            }
        });
        match outcome {
            Some(Some(bytes)) => return bytes,
            Some(None) => {
                return encode(failure(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "the request's work failed (a panic); please report it",
                ))
            }
            // No thread with this stack: try the next size.
            None if work.is_some() => continue,
            None => break,
        }
    }
    match work.take() {
        Some(work) => encode(work()),
        None => encode(failure(
            StatusCode::INTERNAL_SERVER_ERROR,
            "the request's work failed",
        )),
    }
}

/// A plain-text error response.
pub(crate) fn failure(status: StatusCode, message: &str) -> Response<Body> {
    let mut response = Response::new(Body::from(format!("{message}\n")));
    *response.status_mut() = status;
    response.headers_mut().insert(
        oxhttp::model::header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    response
}

/// A response as bytes: status, headers, then the body, lengths first,
/// so that a child killed while writing is told from one that finished.
fn encode(response: Response<Body>) -> Vec<u8> {
    use std::io::Read;
    let status = response.status().as_u16();
    let headers: Vec<(String, Vec<u8>)> = response
        .headers()
        .iter()
        .map(|(name, value)| (name.as_str().to_owned(), value.as_bytes().to_vec()))
        .collect();
    let mut body = Vec::new();
    let read = response.into_body().read_to_end(&mut body);
    let mut out = Vec::with_capacity(body.len() + 64);
    if read.is_err() {
        out.extend_from_slice(&500u16.to_be_bytes());
        out.extend_from_slice(&0u32.to_be_bytes());
        let message = b"the response could not be read\n";
        out.extend_from_slice(&(message.len() as u64).to_be_bytes());
        out.extend_from_slice(message);
        return out;
    }
    out.extend_from_slice(&status.to_be_bytes());
    out.extend_from_slice(&u32::try_from(headers.len()).unwrap_or(0).to_be_bytes());
    for (name, value) in &headers {
        out.extend_from_slice(&u32::try_from(name.len()).unwrap_or(0).to_be_bytes());
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(&u32::try_from(value.len()).unwrap_or(0).to_be_bytes());
        out.extend_from_slice(value);
    }
    out.extend_from_slice(&(body.len() as u64).to_be_bytes());
    out.extend_from_slice(&body);
    out
}

/// The response [`encode`] wrote; `None` when the bytes stop short.
fn decode(bytes: &[u8]) -> Option<Response<Body>> {
    let mut at: usize = 0;
    let mut take = |n: usize| -> Option<&[u8]> {
        let piece = bytes.get(at..at.checked_add(n)?)?;
        at += n;
        Some(piece)
    };
    let status = u16::from_be_bytes(take(2)?.try_into().ok()?);
    let count = u32::from_be_bytes(take(4)?.try_into().ok()?);
    let mut headers = Vec::new();
    for _ in 0..count {
        let n = u32::from_be_bytes(take(4)?.try_into().ok()?) as usize;
        let name = take(n)?.to_vec();
        let n = u32::from_be_bytes(take(4)?.try_into().ok()?) as usize;
        let value = take(n)?.to_vec();
        headers.push((name, value));
    }
    let n = usize::try_from(u64::from_be_bytes(take(8)?.try_into().ok()?)).ok()?;
    let body = take(n)?.to_vec();
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = StatusCode::from_u16(status).ok()?;
    for (name, value) in headers {
        let name = HeaderName::from_bytes(&name).ok()?;
        let value = HeaderValue::from_bytes(&value).ok()?;
        response.headers_mut().append(name, value);
    }
    Some(response)
}

/// The time the parent gives a child: its query timeout, the child's grace
/// to answer for a query that ignores cancellation, and a margin.
fn parent_deadline(query: &QueryOptions) -> Option<Duration> {
    query.timeout.map(|t| t + CHILD_GRACE + PARENT_MARGIN)
}

#[cfg(target_os = "linux")]
mod unix {
    use super::*;
    use std::os::fd::RawFd;
    use std::sync::atomic::{AtomicI32, Ordering};

    /// The child's end of the pipe; taken (set to -1) by the first of the
    /// work and the watchdog to answer.
    static ANSWER_FD: AtomicI32 = AtomicI32::new(-1);

    /// The byte a child sends once its threads run. A child forked while
    /// a thread of the server was starting or ending can inherit a lock of
    /// the allocator's (mimalloc's list of thread heaps) held for ever, and
    /// then no thread of the child can start, allocate or end: such a child
    /// never sends it, and is replaced.
    const READY: u8 = b'R';

    /// How long a child may take to send [`READY`] before it is taken for
    /// stuck, killed and forked again (a healthy one takes milliseconds;
    /// the margin is for a loaded machine).
    const CHILD_STARTUP: Duration = Duration::from_secs(2);

    /// Forks tried per request; the last child is not held to
    /// [`CHILD_STARTUP`], only to the deadline.
    const FORK_ATTEMPTS: u32 = 3;

    /// Forks and runs `work` in the child; gives `work` back when no child
    /// could be made.
    pub(super) fn run_in_child<F>(bounds: &Bounds<'_>, work: F) -> Result<Response<Body>, F>
    where
        F: FnOnce() -> Response<Body> + Send,
    {
        let started = Instant::now();
        for attempt in 1..=FORK_ATTEMPTS {
            let mut fds = [0 as RawFd; 2];
            // SAFETY: `fds` has room for the two descriptors pipe2 writes.
            if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
                return Err(work);
            }
            let [read_end, write_end] = fds;
            let pid = {
                let _no_readers = super::FORK_GATE.write().unwrap_or_else(|e| e.into_inner());
                // SAFETY: the child only runs `child_main`, which never returns.
                unsafe { libc::fork() }
            };
            if pid < 0 {
                // SAFETY: closing the two descriptors made above.
                unsafe {
                    libc::close(read_end);
                    libc::close(write_end);
                }
                return Err(work);
            }
            if pid == 0 {
                child_main(bounds.query, write_end, work);
            }
            // SAFETY: the parent's copy of the child's end.
            unsafe { libc::close(write_end) };
            // The last attempt waits for its child as long as the deadline allows.
            let startup = (attempt < FORK_ATTEMPTS).then_some(CHILD_STARTUP);
            if let Some(response) = collect(pid, read_end, bounds, started, startup) {
                return Ok(response);
            }
        }
        unreachable!("the last attempt has no startup limit")
    }

    /// The child: keeps only its end of the pipe (a socket of another
    /// client held open here would delay that client's end of file), runs
    /// the work under a watchdog, writes the answer and exits without
    /// running anything of the parent's (no destructors, no atexit).
    fn child_main<F>(query: &QueryOptions, write_end: RawFd, work: F) -> !
    where
        F: FnOnce() -> Response<Body> + Send,
    {
        const ANSWER: RawFd = 3;
        crate::threads::mark_forked_child();
        // SAFETY: plain descriptor calls on descriptors this process owns.
        unsafe {
            if write_end != ANSWER {
                libc::dup2(write_end, ANSWER);
            }
            if libc::syscall(libc::SYS_close_range, ANSWER + 1, u32::MAX, 0) != 0 {
                for fd in ANSWER + 1..4096 {
                    libc::close(fd);
                }
            }
        }
        ANSWER_FD.store(ANSWER, Ordering::SeqCst);
        // The time and memory bounds: a query that ignores its cancellation
        // is answered for, `CHILD_GRACE` later, and the child exits.
        let watchdog = Watchdog::start(
            query,
            CHILD_GRACE,
            Some(Box::new(|error| {
                let message = error.to_string();
                answer(encode(failure(StatusCode::SERVICE_UNAVAILABLE, &message)));
            })),
        );
        // The parent's rayon pool has no threads here (fork copies only the
        // forking thread): work given to it would wait for ever. The
        // child's work runs in a pool of its own, with the large stack, so
        // its own rayon calls go there (threads it starts would still reach
        // the dead global pool: see `Place`). Its threads are started as
        // every thread of the child must be (see `crate::threads`); without
        // any, the work runs on this thread's smaller stack.
        let pool = WORK_STACK_BYTES.iter().find_map(|&bytes| {
            rayon::ThreadPoolBuilder::new()
                .spawn_handler(move |thread| {
                    crate::threads::spawn("kg serve work", Some(bytes), move || thread.run())
                        .map(drop)
                })
                .build()
                .ok()
        });
        // Every thread of the pool has started and allocated: the locks a
        // thread takes to start were free (see `READY`).
        if let Some(pool) = &pool {
            pool.broadcast(|_| drop(std::hint::black_box(vec![0u8; 64])));
        }
        write_all(ANSWER, &[READY]);
        let bytes = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| match pool {
            Some(pool) => pool.install(|| encode(work())),
            None => encode(work()),
        }))
        .unwrap_or_else(|_| {
            // Work cut short by its deadline can fail on what it had (the
            // engine's sort of a partial answer, say): the deadline is the
            // cause to report.
            encode(match watchdog.cancellation() {
                Some(stopped) => failure(StatusCode::SERVICE_UNAVAILABLE, &stopped.to_string()),
                None => failure(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "the request's work failed (a panic); please report it",
                ),
            })
        });
        answer(bytes);
    }

    /// Writes an [`encode`]d response to the parent, once, and ends the child.
    fn answer(bytes: Vec<u8>) -> ! {
        let fd = ANSWER_FD.swap(-1, Ordering::SeqCst);
        if fd >= 0 {
            write_all(fd, &bytes);
            // SAFETY: ends this process at once; nothing of the parent's runs.
            unsafe { libc::_exit(0) };
        }
        // The other side is answering; it exits when done.
        loop {
            std::thread::sleep(Duration::from_secs(1));
        }
    }

    /// Writes all of `bytes` to `fd`, or as much as the reader takes.
    fn write_all(fd: RawFd, bytes: &[u8]) {
        let mut written = 0;
        while written < bytes.len() {
            // SAFETY: writes from a live buffer to our descriptor.
            let n =
                unsafe { libc::write(fd, bytes[written..].as_ptr().cast(), bytes.len() - written) };
            if n < 0 && std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            if n <= 0 {
                break;
            }
            written += n as usize;
        }
    }

    /// The parent: reads the child's answer until its end, the deadline
    /// (counted from `started`) or the size bound, then reaps the child.
    /// `None` when the child did not send [`READY`] within `startup`: it
    /// is killed and reaped, and the caller forks another.
    pub(super) fn collect(
        pid: libc::pid_t,
        read_end: RawFd,
        bounds: &Bounds<'_>,
        started: Instant,
        startup: Option<Duration>,
    ) -> Option<Response<Body>> {
        let forked = Instant::now();
        let deadline = parent_deadline(bounds.query);
        let mut is_ready = false;
        let mut bytes = Vec::new();
        let mut chunk = vec![0u8; 64 << 10];
        let outcome = loop {
            let mut wait = Duration::from_secs(60);
            if let Some(d) = deadline {
                wait = wait.min(d.saturating_sub(started.elapsed()));
                if wait.is_zero() {
                    break Outcome::Late;
                }
            }
            if let (false, Some(limit)) = (is_ready, startup) {
                wait = wait.min(limit.saturating_sub(forked.elapsed()));
                if wait.is_zero() {
                    break Outcome::Stuck;
                }
            }
            let wait_ms = wait.as_millis().clamp(1, 60_000) as libc::c_int;
            let mut poll = libc::pollfd {
                fd: read_end,
                events: libc::POLLIN,
                revents: 0,
            };
            // SAFETY: one valid pollfd.
            let ready = unsafe { libc::poll(&mut poll, 1, wait_ms) };
            if ready < 0 {
                if std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                    continue;
                }
                break Outcome::Broken;
            }
            if ready == 0 {
                continue;
            }
            // SAFETY: reads into a live buffer of this length.
            let n = unsafe { libc::read(read_end, chunk.as_mut_ptr().cast(), chunk.len()) };
            if n < 0 {
                if std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                    continue;
                }
                break Outcome::Broken;
            }
            if n == 0 {
                break Outcome::Ended;
            }
            let mut got = &chunk[..n as usize];
            if !is_ready {
                is_ready = got[0] == READY;
                if !is_ready {
                    break Outcome::Broken;
                }
                got = &got[1..];
            }
            bytes.extend_from_slice(got);
            if bytes.len() > bounds.max_answer_bytes {
                break Outcome::TooLarge;
            }
        };
        // SAFETY: our end of the pipe; the child, ours to stop and reap.
        let status = unsafe {
            libc::close(read_end);
            if outcome != Outcome::Ended {
                libc::kill(pid, libc::SIGKILL);
            }
            let mut status = 0;
            while libc::waitpid(pid, &mut status, 0) < 0
                && std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted
            {
            }
            status
        };
        Some(match outcome {
            Outcome::Stuck => return None,
            Outcome::Ended => decode(&bytes).unwrap_or_else(|| {
                let how = if libc::WIFSIGNALED(status) {
                    format!("was stopped by signal {}", libc::WTERMSIG(status))
                } else {
                    "ended without an answer".to_owned()
                };
                failure(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    &format!(
                        "the request's worker process {how} (a stack overflow on a very deeply nested query, or a bug); the server is fine"
                    ),
                )
            }),
            Outcome::Late => {
                let timeout = bounds.query.timeout.unwrap_or_default();
                failure(
                    StatusCode::SERVICE_UNAVAILABLE,
                    &format!("query cancelled after {timeout:?} (its time limit)"),
                )
            }
            Outcome::TooLarge => failure(
                StatusCode::SERVICE_UNAVAILABLE,
                &format!(
                    "the answer is larger than {} MiB; ask for less (LIMIT, fewer variables)",
                    bounds.max_answer_bytes >> 20
                ),
            ),
            Outcome::Broken => failure(
                StatusCode::INTERNAL_SERVER_ERROR,
                "the request's worker process could not be read",
            ),
        })
    }

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum Outcome {
        /// No [`READY`] within the startup limit.
        Stuck,
        Ended,
        Late,
        TooLarge,
        Broken,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_response_survives_the_pipe_and_a_cut_one_is_told_apart() {
        let mut response = failure(StatusCode::IM_A_TEAPOT, "short and stout");
        response.headers_mut().append(
            HeaderName::from_static("x-sparql-maxrows"),
            HeaderValue::from_static("10"),
        );
        let bytes = encode(response);
        let back = decode(&bytes).unwrap();
        assert_eq!(back.status(), StatusCode::IM_A_TEAPOT);
        assert_eq!(back.headers()["x-sparql-maxrows"], "10");
        assert_eq!(back.into_body().to_string().unwrap(), "short and stout\n");
        assert!(decode(&bytes[..bytes.len() - 1]).is_none());
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_child_that_ignores_its_deadline_is_killed_and_one_that_crashes_is_reported() {
        let query = QueryOptions::new().with_timeout(Some(Duration::from_millis(300)));
        let bounds = Bounds {
            query: &query,
            max_answer_bytes: 1 << 20,
        };
        let started = Instant::now();
        let response = run(Place::Child, &bounds, || loop {
            std::hint::spin_loop();
        });
        assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert!(
            started.elapsed() < Duration::from_secs(3),
            "{:?}",
            started.elapsed()
        );

        let response = run(Place::Child, &bounds, || {
            // SAFETY: ends the child as a crash would.
            unsafe { libc::abort() }
        });
        assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let body = response.into_body().to_string().unwrap();
        assert!(body.contains("signal"), "{body}");

        let big = run(Place::Child, &bounds, || {
            Response::new(Body::from(vec![b'x'; 2 << 20]))
        });
        assert_eq!(big.status(), StatusCode::SERVICE_UNAVAILABLE);
        let fine = run(Place::Child, &bounds, || failure(StatusCode::OK, "fine"));
        assert_eq!(fine.status(), StatusCode::OK);
    }

    /// A child that never says it is ready (its threads could not start)
    /// is killed and reaped at once, for the caller to fork another.
    #[cfg(target_os = "linux")]
    #[test]
    fn a_child_that_never_gets_ready_is_given_up_quickly() {
        let query = QueryOptions::new().with_timeout(Some(Duration::from_secs(20)));
        let bounds = Bounds {
            query: &query,
            max_answer_bytes: 1 << 20,
        };
        let mut fds = [0; 2];
        // SAFETY: a pipe, and a child that only waits (as a stuck one does).
        let pid = unsafe {
            assert_eq!(libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC), 0);
            let pid = libc::fork();
            if pid == 0 {
                loop {
                    libc::pause();
                }
            }
            libc::close(fds[1]);
            pid
        };
        let started = Instant::now();
        let given_up = unix::collect(
            pid,
            fds[0],
            &bounds,
            started,
            Some(Duration::from_millis(300)),
        );
        assert!(given_up.is_none());
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "{:?}",
            started.elapsed()
        );
        // SAFETY: asks only whether the process still exists.
        assert_eq!(unsafe { libc::kill(pid, 0) }, -1, "the child was reaped");
    }

    /// A fork at the instant a thread of the server starts can leave std's
    /// thread start-up lock held in the child (see `crate::threads`): the
    /// child starts its threads without `std::thread`, so they carry no
    /// name of std's, while the server's do.
    #[cfg(target_os = "linux")]
    #[test]
    fn a_child_starts_its_threads_without_std_thread() {
        fn name_seen_by_a_started_thread() -> String {
            let (sender, receiver) = std::sync::mpsc::channel();
            let started = crate::threads::spawn("started by std", None, move || {
                let _ = sender.send(std::thread::current().name().map(str::to_owned));
            });
            match started {
                Ok(thread) => {
                    thread.join();
                    format!("{:?}", receiver.recv().ok().flatten())
                }
                Err(e) => e.to_string(),
            }
        }
        let query = QueryOptions::new().with_timeout(Some(Duration::from_secs(20)));
        let bounds = Bounds {
            query: &query,
            max_answer_bytes: 1 << 20,
        };
        let response = run(Place::Child, &bounds, || {
            failure(StatusCode::OK, &name_seen_by_a_started_thread())
        });
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(response.into_body().to_string().unwrap(), "None\n");
        assert_eq!(name_seen_by_a_started_thread(), "Some(\"started by std\")");
    }
}
