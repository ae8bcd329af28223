//! A headless Chromium driven over the Chrome DevTools Protocol, for the
//! browser tests: open a page, focus a field, type, press keys, read the
//! DOM. The protocol runs over a WebSocket; the few frames it needs are
//! written here on a plain socket (no client crate for one test).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

/// A running headless browser with one page, killed when dropped.
pub struct Browser {
    socket: TcpStream,
    next_id: u64,
    _child: KillOnDrop,
    _profile: tempfile::TempDir,
}

/// A process killed when the test is done with it, or fails.
struct KillOnDrop(Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// How long any one step may take before the test fails.
const STEP: Duration = Duration::from_secs(60);

impl Browser {
    /// Starts `program` headless on a blank page and connects to the page.
    pub fn start(program: &str) -> Browser {
        let profile = tempfile::tempdir().unwrap();
        let child = KillOnDrop(
            Command::new(program)
                .args(crate::serve::HEADLESS)
                .args([
                    "--no-first-run",
                    "--remote-debugging-port=0",
                    "--window-size=1280,960",
                ])
                .arg(format!("--user-data-dir={}", profile.path().display()))
                .arg("about:blank")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap(),
        );
        // The browser writes the port it chose to this file.
        let port_file: PathBuf = profile.path().join("DevToolsActivePort");
        let started = Instant::now();
        let port: u16 = loop {
            if let Some(port) = std::fs::read_to_string(&port_file)
                .ok()
                .and_then(|text| text.lines().next().and_then(|l| l.trim().parse().ok()))
            {
                break port;
            }
            assert!(started.elapsed() < STEP, "the browser did not start");
            std::thread::sleep(Duration::from_millis(100));
        };
        let targets: Value = loop {
            let answer = crate::serve::get(&format!("http://127.0.0.1:{port}/json/list"), "*/*");
            if let Ok(targets) = serde_json::from_str::<Value>(&answer.2) {
                if targets
                    .as_array()
                    .is_some_and(|t| t.iter().any(|t| t["type"] == "page"))
                {
                    break targets;
                }
            }
            assert!(started.elapsed() < STEP, "the browser shows no page");
            std::thread::sleep(Duration::from_millis(100));
        };
        let page = targets
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["type"] == "page")
            .unwrap();
        let address = page["webSocketDebuggerUrl"].as_str().unwrap();
        let path = &address[address.find("/devtools/").unwrap()..];
        let socket = TcpStream::connect(("127.0.0.1", port)).unwrap();
        socket.set_read_timeout(Some(STEP)).unwrap();
        let mut browser = Browser {
            socket,
            next_id: 0,
            _child: child,
            _profile: profile,
        };
        browser.handshake(port, path);
        browser
    }

    /// Opens the WebSocket (RFC 6455, section 4.1).
    fn handshake(&mut self, port: u16, path: &str) {
        write!(
            self.socket,
            "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n\
             Connection: Upgrade\r\nSec-WebSocket-Key: a2dyYXBoIGJyb3dzZXIgdGVzdA==\r\n\
             Sec-WebSocket-Version: 13\r\n\r\n"
        )
        .unwrap();
        let mut reader = BufReader::new(&self.socket);
        let mut status = String::new();
        reader.read_line(&mut status).unwrap();
        assert!(status.contains(" 101 "), "no WebSocket: {status}");
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            if line == "\r\n" || line.is_empty() {
                break;
            }
        }
        assert!(reader.buffer().is_empty(), "the browser spoke first");
    }

    /// Sends one text frame, masked as a client must.
    fn send_frame(&mut self, text: &str) {
        let payload = text.as_bytes();
        let mut frame = vec![0x81];
        match payload.len() {
            n if n < 126 => frame.push(0x80 | n as u8),
            n if n <= 0xffff => {
                frame.push(0x80 | 126);
                frame.extend_from_slice(&(n as u16).to_be_bytes());
            }
            n => {
                frame.push(0x80 | 127);
                frame.extend_from_slice(&(n as u64).to_be_bytes());
            }
        }
        let mask = [0x6b, 0x67, 0x72, 0x61];
        frame.extend_from_slice(&mask);
        frame.extend(payload.iter().enumerate().map(|(i, b)| b ^ mask[i % 4]));
        self.socket.write_all(&frame).unwrap();
    }

    /// Reads one whole message (its fragments joined).
    fn read_message(&mut self) -> String {
        let mut message = Vec::new();
        loop {
            let mut head = [0u8; 2];
            self.socket.read_exact(&mut head).unwrap();
            let last = head[0] & 0x80 != 0;
            let opcode = head[0] & 0x0f;
            let len = match head[1] & 0x7f {
                126 => {
                    let mut n = [0u8; 2];
                    self.socket.read_exact(&mut n).unwrap();
                    u64::from(u16::from_be_bytes(n))
                }
                127 => {
                    let mut n = [0u8; 8];
                    self.socket.read_exact(&mut n).unwrap();
                    u64::from_be_bytes(n)
                }
                n => u64::from(n),
            };
            let mut payload = vec![0u8; usize::try_from(len).unwrap()];
            self.socket.read_exact(&mut payload).unwrap();
            assert_ne!(opcode, 0x8, "the browser closed the connection");
            if opcode == 0x9 || opcode == 0xa {
                continue; // ping, pong
            }
            message.extend_from_slice(&payload);
            if last {
                return String::from_utf8(message).unwrap();
            }
        }
    }

    /// Calls a protocol method and returns its result (events that come
    /// first are passed over).
    pub fn call(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send_frame(&json!({"id": id, "method": method, "params": params}).to_string());
        loop {
            let message: Value = serde_json::from_str(&self.read_message()).unwrap();
            if message["id"] == id {
                assert!(
                    message.get("error").is_none(),
                    "{method}: {}",
                    message["error"]
                );
                return message["result"].clone();
            }
        }
    }

    /// The value of a JavaScript expression evaluated in the page (the
    /// protocol's, not the page's: the pages themselves run no script).
    pub fn eval(&mut self, expression: &str) -> Value {
        let result = self.call(
            "Runtime.evaluate",
            json!({"expression": expression, "returnByValue": true}),
        );
        assert!(
            result.get("exceptionDetails").is_none(),
            "{expression}: {}",
            result["exceptionDetails"]
        );
        result["result"]["value"].clone()
    }

    /// Waits until the page shown is a loaded page whose address passes
    /// `wanted`, and returns that address.
    pub fn wait_for_page(&mut self, wanted: impl Fn(&str) -> bool) -> String {
        let started = Instant::now();
        loop {
            let state = self.eval("[location.href, document.readyState]");
            let href = state[0].as_str().unwrap_or_default().to_owned();
            if wanted(&href) && state[1] == "complete" {
                return href;
            }
            assert!(started.elapsed() < STEP, "still at {href}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits until `expression` evaluates to `wanted` and returns it; what
    /// the browser does after a page has loaded (autofocus is applied at
    /// the next rendering step) is not there yet when `open` returns.
    pub fn wait_for_value(&mut self, expression: &str, wanted: &str) -> Value {
        let started = Instant::now();
        loop {
            let value = self.eval(expression);
            if value == wanted {
                return value;
            }
            assert!(
                started.elapsed() < STEP,
                "{expression} is still {value}, not {wanted}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Opens `url` and waits until it is loaded.
    pub fn open(&mut self, url: &str) {
        self.call("Page.navigate", json!({"url": url}));
        let url = url.to_owned();
        self.wait_for_page(|href| href == url);
    }

    /// The page's DOM as HTML.
    pub fn dom(&mut self) -> String {
        self.eval("document.documentElement.outerHTML")
            .as_str()
            .unwrap()
            .to_owned()
    }

    /// Types `text` into the focused element, as a keyboard would.
    pub fn type_text(&mut self, text: &str) {
        self.call("Input.insertText", json!({"text": text}));
    }

    /// Presses and releases Enter on the focused element.
    pub fn press_enter(&mut self) {
        for kind in ["keyDown", "keyUp"] {
            let mut event = json!({
                "type": kind,
                "key": "Enter",
                "code": "Enter",
                "windowsVirtualKeyCode": 13,
                "nativeVirtualKeyCode": 13,
            });
            if kind == "keyDown" {
                event["text"] = json!("\r");
            }
            self.call("Input.dispatchKeyEvent", event);
        }
    }
}
