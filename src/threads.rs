//! Starting a thread, also in a child process forked from the server
//! (see `serve::isolate`).
//!
//! Rust's `std::thread` takes a process-wide lock of its own as each of its
//! threads starts and ends (the table from which its stack-overflow
//! handler names the thread that overflowed). A fork copies only the
//! forking thread, so when another thread of the server was starting or
//! ending at that instant (the HTTP server starts one per connection), the
//! child inherits that lock held by a thread it does not have, and its
//! first `std::thread` spawn waits for ever. Under the load test of issue
//! 15 (32 clients) this happened to 3 children in 660 requests, each
//! answered only at its deadline. A forked child therefore starts its
//! threads with `pthread_create` directly, which takes no lock of Rust's
//! (glibc resets its own locks in the child of a fork).

use std::sync::atomic::{AtomicBool, Ordering};

/// Whether this process is a child forked from a multi-threaded one.
static FORKED_CHILD: AtomicBool = AtomicBool::new(false);

/// Marks this process as a child forked from a multi-threaded one: its
/// threads are started without `std::thread` from now on. Called first
/// thing in the child.
pub(crate) fn mark_forked_child() {
    FORKED_CHILD.store(true, Ordering::SeqCst);
}

/// A started thread, to wait for.
pub(crate) struct Started(Handle);

enum Handle {
    Std(std::thread::JoinHandle<()>),
    #[cfg(target_os = "linux")]
    Posix(libc::pthread_t),
}

impl Started {
    /// Waits until the thread has ended.
    pub(crate) fn join(self) {
        match self.0 {
            Handle::Std(handle) => {
                let _ = handle.join();
            }
            #[cfg(target_os = "linux")]
            Handle::Posix(thread) => {
                // SAFETY: a thread `posix::spawn` started, joined once (this
                // consumes the handle).
                unsafe { libc::pthread_join(thread, std::ptr::null_mut()) };
            }
        }
    }
}

/// Starts `work` on a new thread named `name`, with `stack_bytes` of stack
/// (the platform's default when `None`); in a forked child, without
/// `std::thread` (see the module documentation).
pub(crate) fn spawn(
    name: &str,
    stack_bytes: Option<usize>,
    work: impl FnOnce() + Send + 'static,
) -> std::io::Result<Started> {
    #[cfg(target_os = "linux")]
    if FORKED_CHILD.load(Ordering::SeqCst) {
        return posix::spawn(stack_bytes, Box::new(work)).map(|t| Started(Handle::Posix(t)));
    }
    let mut builder = std::thread::Builder::new().name(name.to_owned());
    if let Some(bytes) = stack_bytes {
        builder = builder.stack_size(bytes);
    }
    builder.spawn(work).map(|h| Started(Handle::Std(h)))
}

#[cfg(target_os = "linux")]
mod posix {
    use std::mem::MaybeUninit;

    type Work = Box<dyn FnOnce() + Send>;

    /// Starts `work` with `pthread_create`.
    pub(super) fn spawn(
        stack_bytes: Option<usize>,
        work: Work,
    ) -> std::io::Result<libc::pthread_t> {
        extern "C" fn start(arg: *mut libc::c_void) -> *mut libc::c_void {
            // SAFETY: `arg` is the box `spawn` leaked for this thread alone.
            let work: Work = *unsafe { Box::from_raw(arg.cast::<Work>()) };
            // A panic must not unwind out of a C entry point; the panic
            // hook has reported it.
            let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(work));
            std::ptr::null_mut()
        }
        let arg = Box::into_raw(Box::new(work));
        let mut thread: libc::pthread_t = 0;
        let mut attr = MaybeUninit::<libc::pthread_attr_t>::uninit();
        // SAFETY: the attribute is initialised before use and destroyed
        // after; `arg` goes to the new thread, or is taken back here when
        // none was started.
        let code = unsafe {
            let mut code = libc::pthread_attr_init(attr.as_mut_ptr());
            if code == 0 {
                if let Some(bytes) = stack_bytes {
                    code = libc::pthread_attr_setstacksize(
                        attr.as_mut_ptr(),
                        bytes.max(libc::PTHREAD_STACK_MIN),
                    );
                }
                if code == 0 {
                    code = libc::pthread_create(&mut thread, attr.as_ptr(), start, arg.cast());
                }
                libc::pthread_attr_destroy(attr.as_mut_ptr());
            }
            if code != 0 {
                drop(Box::from_raw(arg));
            }
            code
        };
        if code == 0 {
            Ok(thread)
        } else {
            Err(std::io::Error::from_raw_os_error(code))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;
    use std::sync::Arc;

    #[cfg(target_os = "linux")]
    #[test]
    fn a_posix_thread_runs_its_work_on_the_stack_asked_for() {
        let seen = Arc::new(AtomicUsize::new(0));
        let seen_there = Arc::clone(&seen);
        let thread = posix::spawn(
            Some(64 << 20),
            Box::new(move || {
                // A frame far deeper than a default 2 MiB stack allows.
                let big = std::hint::black_box([1u8; 16 << 20]);
                seen_there.store(big.iter().map(|&b| b as usize).sum(), Ordering::SeqCst);
            }),
        )
        .unwrap();
        Started(Handle::Posix(thread)).join();
        assert_eq!(seen.load(Ordering::SeqCst), 16 << 20);
    }
}
