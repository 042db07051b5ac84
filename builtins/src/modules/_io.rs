//! The `_io` module: the builtin `open()` and its file objects (CPython's
//! `_io.FileIO`, `BufferedReader`/`Writer`/`Random` and `TextIOWrapper`).
//!
//! One payload serves all of them. Writes go straight to the OS (nothing is
//! left unflushed when a program ends without closing its files); reads go
//! through a byte buffer that is given back to the OS position before any
//! write or seek.

use std::cell::RefCell;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use taipan_object::call::Args;
use taipan_object::function::{GetSetDef, MethodDef, NativeFn};
use taipan_object::typeobj::tdata;
use taipan_object::{Obj, ObjRef, Payload, PyErr, PyResult, Value, Vm};

use super::_os::{errno_error, io_error, path_arg};
use crate::types::str::{lookup_codec, Codec};

/// Which class a file object presents itself as.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    Reader,
    Writer,
    Random,
    Raw,
}

impl Kind {
    fn type_name(self) -> &'static str {
        match self {
            Kind::Text => "TextIOWrapper",
            Kind::Reader => "BufferedReader",
            Kind::Writer => "BufferedWriter",
            Kind::Random => "BufferedRandom",
            Kind::Raw => "FileIO",
        }
    }
}

/// The `newline` argument of a text file.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Newline {
    /// None: universal newlines, translated to "\n" on input.
    Universal,
    /// "": any line ending ends a line, none is translated.
    Any,
    Lf,
    Cr,
    CrLf,
}

struct TextCfg {
    /// The encoding as reported by `.encoding`.
    encoding: String,
    codec: Codec,
    errors: String,
    newline: Newline,
}

struct FileState {
    file: Option<File>,
    readable: bool,
    writable: bool,
    /// Read-ahead bytes; `rbuf[rpos..]` is not yet consumed.
    rbuf: Vec<u8>,
    rpos: usize,
    /// Whether the file was opened in an encoding that is not ASCII-based
    /// and has been recoded to UTF-8 into `rbuf` (UTF-16/32 text files).
    recoded: bool,
    /// Whether a UTF-8 byte-order mark at the start was looked for (utf-8-sig).
    bom_checked: bool,
}

/// The payload of every file object `open()` returns.
pub struct FileObj {
    kind: Kind,
    name: Value,
    mode: String,
    text: Option<TextCfg>,
    /// The standard stream this file was opened on (`open(1)`), whose
    /// pending `print` output must go out first.
    std_fd: Option<i64>,
    st: RefCell<FileState>,
}

const CHUNK: usize = 1 << 16;

impl FileState {
    fn unread(&self) -> usize {
        self.rbuf.len() - self.rpos
    }

    /// Make at least `n` unread bytes available, if the file has them.
    fn ensure(&mut self, n: usize) -> std::io::Result<bool> {
        while self.unread() < n {
            if self.rpos > 0 && self.rpos >= self.rbuf.len() / 2 {
                self.rbuf.drain(..self.rpos);
                self.rpos = 0;
            }
            let Some(f) = self.file.as_mut() else {
                return Ok(false);
            };
            let old = self.rbuf.len();
            self.rbuf.resize(old + CHUNK, 0);
            let k = loop {
                match f.read(&mut self.rbuf[old..]) {
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    r => break r,
                }
            };
            match k {
                Ok(k) => {
                    self.rbuf.truncate(old + k);
                    if k == 0 {
                        return Ok(false);
                    }
                }
                Err(e) => {
                    self.rbuf.truncate(old);
                    return Err(e);
                }
            }
        }
        Ok(true)
    }

    fn peek(&mut self) -> std::io::Result<Option<u8>> {
        Ok(if self.ensure(1)? {
            Some(self.rbuf[self.rpos])
        } else {
            None
        })
    }

    /// Everything left in the file.
    fn read_all(&mut self) -> std::io::Result<Vec<u8>> {
        let mut out = self.rbuf.split_off(self.rpos);
        self.rbuf.clear();
        self.rpos = 0;
        if let Some(f) = self.file.as_mut() {
            f.read_to_end(&mut out)?;
        }
        Ok(out)
    }

    /// Up to `n` bytes (fewer only at end of file).
    fn read_bytes(&mut self, n: usize) -> std::io::Result<Vec<u8>> {
        self.ensure(n)?;
        let k = n.min(self.unread());
        let out = self.rbuf[self.rpos..self.rpos + k].to_vec();
        self.rpos += k;
        Ok(out)
    }

    /// A line ending in b"\n" (or the rest of the file), at most `limit` bytes.
    fn read_line_bytes(&mut self, limit: Option<usize>) -> std::io::Result<Vec<u8>> {
        let mut out = Vec::new();
        loop {
            if limit.is_some_and(|l| out.len() >= l) || !self.ensure(1)? {
                break;
            }
            let avail = &self.rbuf[self.rpos..];
            let room = limit.map_or(avail.len(), |l| (l - out.len()).min(avail.len()));
            let part = &avail[..room];
            if let Some(p) = part.iter().position(|&b| b == b'\n') {
                out.extend_from_slice(&part[..=p]);
                self.rpos += p + 1;
                break;
            }
            out.extend_from_slice(part);
            self.rpos += room;
        }
        Ok(out)
    }

    /// Text input: up to `limit` characters (None: no limit), stopping after
    /// a line ending when `line` is set, with the newline mode's translation.
    /// Characters are counted by UTF-8 lead bytes (or bytes, for single-byte
    /// codecs), so a character is never split.
    fn read_text(
        &mut self,
        limit: Option<usize>,
        line: bool,
        nl: Newline,
        utf8: bool,
    ) -> std::io::Result<Vec<u8>> {
        let mut out = Vec::new();
        let mut chars = 0usize;
        while let Some(b) = self.peek()? {
            let lead = !utf8 || (b & 0xC0) != 0x80;
            if lead {
                if limit.is_some_and(|l| chars >= l) {
                    break;
                }
                chars += 1;
            }
            self.rpos += 1;
            match b {
                b'\n' => {
                    out.push(b'\n');
                    if line && matches!(nl, Newline::Universal | Newline::Any | Newline::Lf) {
                        break;
                    }
                }
                b'\r' => match nl {
                    Newline::Universal => {
                        out.push(b'\n');
                        if self.peek()? == Some(b'\n') {
                            self.rpos += 1;
                        }
                        if line {
                            break;
                        }
                    }
                    Newline::Any | Newline::CrLf => {
                        out.push(b'\r');
                        if self.peek()? == Some(b'\n') {
                            self.rpos += 1;
                            out.push(b'\n');
                            chars += 1;
                            if line {
                                break;
                            }
                        } else if line && nl == Newline::Any {
                            break;
                        }
                    }
                    Newline::Cr => {
                        out.push(b'\r');
                        if line {
                            break;
                        }
                    }
                    Newline::Lf => out.push(b'\r'),
                },
                _ => out.push(b),
            }
        }
        Ok(out)
    }

    /// Give read-ahead bytes back so the OS position is the logical one.
    fn drop_readahead(&mut self) -> std::io::Result<()> {
        let n = self.unread();
        self.rbuf.clear();
        self.rpos = 0;
        if n > 0 && !self.recoded {
            if let Some(f) = self.file.as_mut() {
                f.seek(SeekFrom::Current(-(n as i64)))?;
            }
        }
        Ok(())
    }

    fn tell(&mut self) -> std::io::Result<u64> {
        let n = self.unread() as u64;
        match self.file.as_mut() {
            Some(f) => Ok(f.stream_position()?.saturating_sub(n)),
            None => Ok(0),
        }
    }

    fn write_bytes(&mut self, data: &[u8]) -> std::io::Result<()> {
        self.drop_readahead()?;
        if let Some(f) = self.file.as_mut() {
            f.write_all(data)?;
        }
        Ok(())
    }
}

// ----- access and errors -----

fn file_obj(v: &Value) -> Option<&FileObj> {
    v.as_obj().and_then(|o| o.as_native::<FileObj>())
}

fn this<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a FileObj> {
    file_obj(v).ok_or_else(|| vm.type_error("descriptor requires a file object"))
}

fn unsupported(vm: &mut Vm, msg: &str) -> PyErr {
    let cls = unsupported_class(vm);
    vm.new_error(&cls, msg)
}

/// `io.UnsupportedOperation(OSError, ValueError)`, a heap class as in CPython;
/// made on first use, once the exception types have their slots.
fn unsupported_class(vm: &mut Vm) -> ObjRef {
    if let Some(Value::Obj(t)) = vm.registry.get("io.UnsupportedOperation") {
        return t.clone();
    }
    let name = vm.new_str("UnsupportedOperation");
    let bases = vm.new_tuple(vec![
        Value::Obj(vm.exc.os_error.clone()),
        Value::Obj(vm.exc.value_error.clone()),
    ]);
    let ns = vm.new_dict();
    let module = vm.new_str("io");
    vm.dict_set_str(&ns, "__module__", module);
    let meta = Value::Obj(vm.types.type_.clone());
    match vm.call(&meta, &[name, bases, Value::Obj(ns)], None) {
        Ok(Value::Obj(cls)) => {
            vm.registry
                .insert("io.UnsupportedOperation", Value::Obj(cls.clone()));
            cls
        }
        _ => vm.exc.os_error.clone(),
    }
}

/// `I/O operation on closed file.` (text files and most buffered operations).
fn closed_error(vm: &Vm, msg: &str) -> PyErr {
    vm.value_error(msg)
}

const CLOSED: &str = "I/O operation on closed file.";
const CLOSED_NODOT: &str = "I/O operation on closed file";

fn check_open(vm: &Vm, f: &FileObj, msg: &str) -> PyResult<()> {
    if f.st.borrow().file.is_none() {
        return Err(closed_error(vm, msg));
    }
    Ok(())
}

fn check_readable(vm: &mut Vm, f: &FileObj) -> PyResult<()> {
    let readable = f.st.borrow().readable;
    if f.text.is_some() {
        check_open(vm, f, CLOSED)?;
        if !readable {
            return Err(unsupported(vm, "not readable"));
        }
    } else {
        if !readable {
            return Err(unsupported(vm, "read"));
        }
        check_open(vm, f, "read of closed file")?;
    }
    Ok(())
}

fn check_writable(vm: &mut Vm, f: &FileObj) -> PyResult<()> {
    let writable = f.st.borrow().writable;
    if f.text.is_some() {
        check_open(vm, f, CLOSED)?;
        if !writable {
            return Err(unsupported(vm, "not writable"));
        }
    } else {
        check_open(vm, f, "write to closed file")?;
        if !writable {
            return Err(unsupported(vm, "write"));
        }
    }
    Ok(())
}

fn os_err(vm: &mut Vm, e: std::io::Error) -> PyErr {
    io_error(vm, &e, None)
}

/// An optional size argument: None or an int (negative meaning "all").
fn size_arg(vm: &mut Vm, args: &[Value], fname: &str) -> PyResult<Option<usize>> {
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "{fname} expected at most 1 argument, got {}",
            args.len()
        )));
    }
    match args.first() {
        None | Some(Value::None) => Ok(None),
        Some(v @ (Value::Int(_) | Value::Bool(_))) => {
            let n = vm.index_i64(v)?;
            Ok(usize::try_from(n).ok())
        }
        Some(v) => {
            let is_int = vm.is_instance_of(v, &vm.types.int.clone())
                || vm.lookup_attr_opt(v, "__index__")?.is_some();
            if !is_int {
                return Err(vm.type_error(format!(
                    "argument should be integer or None, not '{}'",
                    vm.type_name(v)
                )));
            }
            let n = vm.index_i64(v)?;
            Ok(usize::try_from(n).ok())
        }
    }
}

// ----- decoding and encoding -----

fn is_utf8(c: Codec) -> bool {
    matches!(c, Codec::Utf8 | Codec::Utf8Sig)
}

/// Whether newline bytes of the codec are single ASCII bytes.
fn ascii_based(c: Codec) -> bool {
    !matches!(c, Codec::Utf16(_) | Codec::Utf32(_))
}

fn decode(vm: &mut Vm, f: &FileObj, data: Vec<u8>) -> PyResult {
    let Some(t) = &f.text else {
        return Ok(vm.new_bytes(data));
    };
    let recoded = f.st.borrow().recoded;
    if is_utf8(t.codec) || recoded {
        if let Ok(s) = String::from_utf8(data.clone()) {
            return Ok(vm.new_str(s));
        }
    }
    let codec = if recoded { "utf-8" } else { t.codec.name() };
    let codec = if codec == "charmap" { "cp1252" } else { codec };
    let s = crate::types::str::decode(vm, &data, codec, &t.errors)?;
    Ok(vm.new_str(s))
}

/// Text files in UTF-16/32: recode the rest of the file to UTF-8 on first read,
/// so the byte-oriented line scanning applies.
fn prepare_text_read(vm: &mut Vm, f: &FileObj) -> PyResult<()> {
    let Some(t) = &f.text else { return Ok(()) };
    if f.std_fd.is_some() {
        crate::modules::sys::flush_stdout(vm);
    }
    if t.codec == Codec::Utf8Sig && !f.st.borrow().bom_checked {
        let mut st = f.st.borrow_mut();
        st.bom_checked = true;
        if st.tell().unwrap_or(1) == 0
            && st.ensure(3).unwrap_or(false)
            && st.rbuf[st.rpos..].starts_with(b"\xef\xbb\xbf")
        {
            st.rpos += 3;
        }
    }
    if ascii_based(t.codec) || f.st.borrow().recoded {
        return Ok(());
    }
    let raw = f.st.borrow_mut().read_all().map_err(|e| os_err(vm, e))?;
    let s = crate::types::str::decode(vm, &raw, t.codec.name(), &t.errors)?;
    let mut st = f.st.borrow_mut();
    st.rbuf = s.into_bytes();
    st.rpos = 0;
    st.recoded = true;
    Ok(())
}

fn text_read_impl(vm: &mut Vm, f: &FileObj, limit: Option<usize>, line: bool) -> PyResult {
    check_readable(vm, f)?;
    prepare_text_read(vm, f)?;
    let (nl, utf8) = match &f.text {
        Some(t) => (t.newline, is_utf8(t.codec) || f.st.borrow().recoded),
        None => (Newline::Lf, false),
    };
    let data = {
        let mut st = f.st.borrow_mut();
        if !line && limit.is_none() && nl == Newline::Lf {
            st.read_all()
        } else {
            st.read_text(limit, line, nl, utf8)
        }
    };
    let data = data.map_err(|e| os_err(vm, e))?;
    decode(vm, f, data)
}

// ----- methods -----

fn file_read(vm: &mut Vm, s: &Value, args: &[Value]) -> PyResult {
    let f = this(vm, s)?;
    let n = size_arg(vm, args, "read")?;
    if f.text.is_some() {
        return text_read_impl(vm, f, n, false);
    }
    check_readable(vm, f)?;
    let r = match n {
        None => f.st.borrow_mut().read_all(),
        Some(n) => f.st.borrow_mut().read_bytes(n),
    };
    let data = r.map_err(|e| os_err(vm, e))?;
    Ok(vm.new_bytes(data))
}

fn file_readline(vm: &mut Vm, s: &Value, args: &[Value]) -> PyResult {
    let f = this(vm, s)?;
    let n = size_arg(vm, args, "readline")?;
    readline_impl(vm, f, n)
}

fn readline_impl(vm: &mut Vm, f: &FileObj, n: Option<usize>) -> PyResult {
    if f.text.is_some() {
        return text_read_impl(vm, f, n, true);
    }
    check_readable(vm, f)?;
    let r = f.st.borrow_mut().read_line_bytes(n);
    let data = r.map_err(|e| os_err(vm, e))?;
    Ok(vm.new_bytes(data))
}

fn value_len(v: &Value) -> usize {
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::Str(s)) => s.as_str().chars().count(),
        Some(Payload::Bytes(b)) => b.len(),
        _ => 0,
    }
}

fn file_readlines(vm: &mut Vm, s: &Value, args: &[Value]) -> PyResult {
    let f = this(vm, s)?;
    let hint = size_arg(vm, args, "readlines")?.filter(|&h| h > 0);
    check_open(vm, f, CLOSED)?;
    let mut out = Vec::new();
    let mut total = 0usize;
    loop {
        let l = readline_impl(vm, f, None)?;
        let n = value_len(&l);
        if n == 0 {
            break;
        }
        out.push(l);
        total += n;
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(vm.new_list(out))
}

fn write_impl(vm: &mut Vm, f: &FileObj, v: &Value) -> PyResult {
    if let Some(t) = &f.text {
        check_writable(vm, f)?;
        let Some(text) = crate::util::as_str(v) else {
            return Err(vm.type_error(format!(
                "write() argument must be str, not {}",
                vm.type_name(v)
            )));
        };
        let n = text.chars().count();
        let text = match t.newline {
            Newline::Cr => text.replace('\n', "\r"),
            Newline::CrLf => text.replace('\n', "\r\n"),
            _ => text.to_string(),
        };
        let data = match t.codec {
            Codec::Utf8 => text.into_bytes(),
            c => {
                let at_start = f.st.borrow_mut().tell().unwrap_or(0) == 0;
                // A byte-order mark only at the start of the file.
                let name = match c {
                    Codec::Utf16(_) if !at_start => "utf-16-le",
                    Codec::Utf32(_) if !at_start => "utf-32-le",
                    Codec::Utf8Sig if !at_start => "utf-8",
                    Codec::Cp1252 => "cp1252",
                    _ => c.name(),
                };
                let sv = vm.new_str(text);
                crate::types::str::encode(vm, &sv, name, &t.errors)?
            }
        };
        write_data(vm, f, &data)?;
        return Ok(Value::Int(n as i64));
    }
    if !f.st.borrow().writable && f.st.borrow().file.is_some() {
        return Err(unsupported(vm, "write"));
    }
    check_writable(vm, f)?;
    let data = crate::types::bytes::buffer_arg(vm, v)?.into_owned();
    write_data(vm, f, &data)?;
    Ok(Value::Int(data.len() as i64))
}

/// Write encoded data: to the file, or for `open(1)` / `open(2)` through
/// the interpreter's own standard streams so output stays in order.
fn write_data(vm: &mut Vm, f: &FileObj, data: &[u8]) -> PyResult<()> {
    match f.std_fd {
        Some(1) => {
            vm.stdout_buf.extend_from_slice(data);
            if vm.stdout_buf.len() > 1 << 16 {
                crate::modules::sys::flush_stdout(vm);
            }
            Ok(())
        }
        Some(2) => {
            crate::modules::sys::flush_stdout(vm);
            let mut e = std::io::stderr();
            let _ = e.write_all(data);
            let _ = e.flush();
            Ok(())
        }
        _ => {
            let r = f.st.borrow_mut().write_bytes(data);
            r.map_err(|e| os_err(vm, e))
        }
    }
}

fn file_write(vm: &mut Vm, s: &Value, v: &Value) -> PyResult {
    let f = this(vm, s)?;
    write_impl(vm, f, v)
}

fn file_writelines(vm: &mut Vm, s: &Value, lines: &Value) -> PyResult {
    let f = this(vm, s)?;
    check_open(vm, f, CLOSED)?;
    let it = vm.iter(lines)?;
    while let Some(l) = vm.next(&it)? {
        write_impl(vm, f, &l)?;
    }
    Ok(Value::None)
}

fn whence_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    match v {
        None => Ok(0),
        Some(v) => vm.index_i64(v),
    }
}

fn file_seek(vm: &mut Vm, s: &Value, args: &[Value]) -> PyResult {
    let f = this(vm, s)?;
    if args.is_empty() || args.len() > 2 {
        return Err(vm.type_error(format!(
            "seek expected at least 1 argument, got {}",
            args.len()
        )));
    }
    let text = f.text.is_some();
    let closed = f.st.borrow().file.is_none();
    if closed {
        return Err(closed_error(
            vm,
            if text { CLOSED } else { "seek of closed file" },
        ));
    }
    let off = vm.index_i64(&args[0])?;
    let whence = whence_arg(vm, args.get(1))?;
    let pos = match whence {
        0 => {
            if off < 0 {
                return Err(if text {
                    vm.value_error(format!("negative seek position {off}"))
                } else {
                    errno_error(vm, 22, None, None)
                });
            }
            SeekFrom::Start(off as u64)
        }
        1 | 2 => {
            if text && off != 0 {
                return Err(unsupported(
                    vm,
                    if whence == 1 {
                        "can't do nonzero cur-relative seeks"
                    } else {
                        "can't do nonzero end-relative seeks"
                    },
                ));
            }
            if whence == 1 {
                SeekFrom::Current(off)
            } else {
                SeekFrom::End(off)
            }
        }
        _ => {
            return Err(vm.value_error(if text {
                format!("invalid whence ({whence}, should be 0, 1 or 2)")
            } else {
                format!("whence value {whence} unsupported")
            }))
        }
    };
    let r = {
        let mut st = f.st.borrow_mut();
        st.recoded = false;
        st.drop_readahead().and_then(|_| match st.file.as_mut() {
            Some(fl) => fl.seek(pos),
            None => Ok(0),
        })
    };
    let p = r.map_err(|e| os_err(vm, e))?;
    Ok(vm.new_int(p.into()))
}

fn file_tell(vm: &mut Vm, s: &Value) -> PyResult {
    let f = this(vm, s)?;
    check_open(
        vm,
        f,
        if f.text.is_some() {
            CLOSED
        } else {
            CLOSED_NODOT
        },
    )?;
    let r = f.st.borrow_mut().tell();
    let p = r.map_err(|e| os_err(vm, e))?;
    Ok(vm.new_int(p.into()))
}

fn file_truncate(vm: &mut Vm, s: &Value, args: &[Value]) -> PyResult {
    let f = this(vm, s)?;
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "truncate expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let text = f.text.is_some();
    check_open(
        vm,
        f,
        if text {
            CLOSED
        } else {
            "truncate of closed file"
        },
    )?;
    if !f.st.borrow().writable {
        return Err(unsupported(vm, "truncate"));
    }
    let size = match args.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(vm.index_i64(v)?),
    };
    if size.is_some_and(|s| s < 0) {
        return Err(errno_error(vm, 22, None, None));
    }
    let r = {
        let mut st = f.st.borrow_mut();
        st.drop_readahead().and_then(|_| match st.file.as_mut() {
            Some(fl) => {
                let n = match size {
                    Some(n) => n as u64,
                    None => fl.stream_position()?,
                };
                fl.set_len(n).map(|_| n)
            }
            None => Ok(0),
        })
    };
    let n = r.map_err(|e| os_err(vm, e))?;
    Ok(vm.new_int(n.into()))
}

fn file_flush(vm: &mut Vm, s: &Value) -> PyResult {
    let f = this(vm, s)?;
    check_open(
        vm,
        f,
        if f.text.is_some() {
            CLOSED
        } else {
            "flush of closed file"
        },
    )?;
    Ok(Value::None)
}

fn file_close(vm: &mut Vm, s: &Value) -> PyResult {
    let f = this(vm, s)?;
    let mut st = f.st.borrow_mut();
    st.file = None;
    st.rbuf = Vec::new();
    st.rpos = 0;
    Ok(Value::None)
}

fn file_readable(vm: &mut Vm, s: &Value) -> PyResult {
    let f = this(vm, s)?;
    let st = f.st.borrow();
    Ok(Value::bool(st.readable && st.file.is_some()))
}

fn file_writable(vm: &mut Vm, s: &Value) -> PyResult {
    let f = this(vm, s)?;
    check_open(vm, f, CLOSED_NODOT)?;
    let w = f.st.borrow().writable;
    Ok(Value::bool(w))
}

fn file_seekable(vm: &mut Vm, s: &Value) -> PyResult {
    let f = this(vm, s)?;
    check_open(vm, f, CLOSED_NODOT)?;
    Ok(Value::TRUE)
}

fn file_isatty(vm: &mut Vm, s: &Value) -> PyResult {
    let f = this(vm, s)?;
    check_open(vm, f, CLOSED_NODOT)?;
    Ok(Value::FALSE)
}

fn file_fileno(vm: &mut Vm, s: &Value) -> PyResult {
    use std::os::unix::io::AsRawFd;
    let f = this(vm, s)?;
    check_open(vm, f, CLOSED_NODOT)?;
    let fd = f.st.borrow().file.as_ref().map_or(-1, |fl| fl.as_raw_fd());
    Ok(Value::Int(fd as i64))
}

fn file_enter(vm: &mut Vm, s: &Value) -> PyResult {
    let f = this(vm, s)?;
    check_open(vm, f, CLOSED)?;
    Ok(s.clone())
}

fn file_exit(vm: &mut Vm, s: &Value, _args: &[Value]) -> PyResult {
    file_close(vm, s)
}

fn file_readinto(vm: &mut Vm, s: &Value, buf: &Value) -> PyResult {
    let f = this(vm, s)?;
    check_readable(vm, f)?;
    let Some(Payload::ByteArray(b)) = buf.as_obj().map(|o| &o.payload) else {
        return Err(vm.type_error(format!(
            "readinto() argument must be read-write bytes-like object, not {}",
            vm.type_name(buf)
        )));
    };
    let n = b.borrow().len();
    let r = f.st.borrow_mut().read_bytes(n);
    let data = r.map_err(|e| os_err(vm, e))?;
    b.borrow_mut()[..data.len()].copy_from_slice(&data);
    Ok(Value::Int(data.len() as i64))
}

fn file_iter(vm: &mut Vm, s: &Value) -> PyResult {
    let f = this(vm, s)?;
    check_open(vm, f, CLOSED)?;
    Ok(s.clone())
}

fn file_next(vm: &mut Vm, s: &Value) -> PyResult<Option<Value>> {
    let f = this(vm, s)?;
    if f.text.is_none() {
        check_readable(vm, f)?;
    }
    let l = readline_impl(vm, f, None)?;
    Ok(if value_len(&l) == 0 { None } else { Some(l) })
}

fn file_repr(vm: &mut Vm, s: &Value) -> PyResult {
    let f = this(vm, s)?;
    let name = vm.repr_string(&f.name.clone())?;
    let mode = f.mode.clone();
    let r = match (&f.text, f.kind) {
        (Some(t), _) => format!(
            "<_io.TextIOWrapper name={name} mode='{mode}' encoding='{}'>",
            t.encoding
        ),
        (None, Kind::Raw) => {
            if f.st.borrow().file.is_none() {
                "<_io.FileIO [closed]>".to_string()
            } else {
                format!("<_io.FileIO name={name} mode='{mode}' closefd=True>")
            }
        }
        (None, k) => format!("<_io.{} name={name}>", k.type_name()),
    };
    Ok(vm.new_str(r))
}

fn get_closed(vm: &mut Vm, s: &Value) -> PyResult {
    let f = this(vm, s)?;
    let c = f.st.borrow().file.is_none();
    Ok(Value::bool(c))
}
fn get_name(vm: &mut Vm, s: &Value) -> PyResult {
    Ok(this(vm, s)?.name.clone())
}
fn get_mode(vm: &mut Vm, s: &Value) -> PyResult {
    let m = this(vm, s)?.mode.clone();
    Ok(vm.new_str(m))
}
fn get_encoding(vm: &mut Vm, s: &Value) -> PyResult {
    let e = this(vm, s)?.text.as_ref().map(|t| t.encoding.clone());
    Ok(e.map_or(Value::None, |e| vm.new_str(e)))
}
fn get_errors(vm: &mut Vm, s: &Value) -> PyResult {
    let e = this(vm, s)?.text.as_ref().map(|t| t.errors.clone());
    Ok(e.map_or(Value::None, |e| vm.new_str(e)))
}
fn get_false(_vm: &mut Vm, _s: &Value) -> PyResult {
    Ok(Value::FALSE)
}
fn get_none(_vm: &mut Vm, _s: &Value) -> PyResult {
    Ok(Value::None)
}

macro_rules! m {
    ($name:literal, $kind:ident, $f:ident) => {
        MethodDef {
            name: $name,
            func: NativeFn::$kind($f),
            doc: "",
        }
    };
}

static METHODS: [MethodDef; 20] = [
    m!("read", FastCall, file_read),
    m!("read1", FastCall, file_read),
    m!("readline", FastCall, file_readline),
    m!("readlines", FastCall, file_readlines),
    m!("readinto", O, file_readinto),
    m!("write", O, file_write),
    m!("writelines", O, file_writelines),
    m!("seek", FastCall, file_seek),
    m!("tell", NoArgs, file_tell),
    m!("truncate", FastCall, file_truncate),
    m!("flush", NoArgs, file_flush),
    m!("close", NoArgs, file_close),
    m!("readable", NoArgs, file_readable),
    m!("writable", NoArgs, file_writable),
    m!("seekable", NoArgs, file_seekable),
    m!("isatty", NoArgs, file_isatty),
    m!("fileno", NoArgs, file_fileno),
    m!("__enter__", NoArgs, file_enter),
    m!("__exit__", FastCall, file_exit),
    m!("detach", NoArgs, get_none),
];

macro_rules! g {
    ($name:literal, $f:ident) => {
        GetSetDef {
            name: $name,
            get: $f,
            set: None,
            doc: "",
        }
    };
}

static GETSETS: [GetSetDef; 3] = [
    g!("closed", get_closed),
    g!("name", get_name),
    g!("mode", get_mode),
];

static TEXT_GETSETS: [GetSetDef; 4] = [
    g!("encoding", get_encoding),
    g!("errors", get_errors),
    g!("line_buffering", get_false),
    g!("newlines", get_none),
];

// ----- open() -----

struct ModeFlags {
    reading: bool,
    writing: bool,
    appending: bool,
    creating: bool,
    updating: bool,
    binary: bool,
}

/// Like the mode checks at the start of `_io_open_impl`.
fn parse_mode(vm: &Vm, mode: &str) -> PyResult<ModeFlags> {
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwxabt+".contains(c) || seen.contains(c) {
            return Err(vm.value_error(format!("invalid mode: '{mode}'")));
        }
        seen.push(c);
    }
    let has = |c| seen.contains(c);
    let m = ModeFlags {
        reading: has('r'),
        writing: has('w'),
        appending: has('a'),
        creating: has('x'),
        updating: has('+'),
        binary: has('b'),
    };
    if has('t') && m.binary {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    let n = [m.reading, m.writing, m.appending, m.creating]
        .iter()
        .filter(|b| **b)
        .count();
    if n > 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    if n == 0 {
        return Err(vm.value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    Ok(m)
}

fn opt_str_arg(vm: &Vm, v: &Option<Value>, what: &str) -> PyResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match crate::util::as_str(v) {
            Some(s) => Ok(Some(s.to_string())),
            None => Err(vm.type_error(format!(
                "open() argument '{what}' must be str or None, not {}",
                vm.type_name(v)
            ))),
        },
    }
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)`.
fn builtin_open(vm: &mut Vm, _m: &Value, args: &[Value], kwnames: Option<&ObjRef>) -> PyResult {
    let a = Args::new(args, kwnames);
    let b = a.bind(
        vm,
        "open",
        &[
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ],
        1,
        0,
    )?;
    let file_v = b[0].clone().unwrap_or(Value::None);
    let mode = match &b[1] {
        None => "r".to_string(),
        Some(v) => match crate::util::as_str(v) {
            Some(s) => s.to_string(),
            None => {
                return Err(vm.type_error(format!(
                    "open() argument 'mode' must be str, not {}",
                    vm.type_name(v)
                )))
            }
        },
    };
    let buffering = match &b[2] {
        None => -1,
        Some(v) => vm.index_i64(v)?,
    };
    let encoding = opt_str_arg(vm, &b[3], "encoding")?;
    let errors = opt_str_arg(vm, &b[4], "errors")?;
    let newline = opt_str_arg(vm, &b[5], "newline")?;
    let fd = match &file_v {
        Value::Int(n) => Some(*n),
        _ => None,
    };
    let path = if let Some(n) = fd {
        // A file descriptor: reopened through /proc (no unsafe fd adoption).
        format!("/proc/self/fd/{n}")
    } else if matches!(file_v, Value::Float(_) | Value::None) {
        return Err(vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            vm.type_name(&file_v)
        )));
    } else {
        match path_arg(vm, &file_v, "open") {
            Ok(p) => p,
            Err(_) => {
                return Err(vm.type_error(format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    vm.type_name(&file_v)
                )))
            }
        }
    };
    let m = parse_mode(vm, &mode)?;
    if m.binary {
        for (v, what) in [
            (&encoding, "an encoding"),
            (&errors, "an errors"),
            (&newline, "a newline"),
        ] {
            if v.is_some() {
                return Err(vm.value_error(format!("binary mode doesn't take {what} argument")));
            }
        }
    }
    let nl = match newline.as_deref() {
        None => Newline::Universal,
        Some("") => Newline::Any,
        Some("\n") => Newline::Lf,
        Some("\r") => Newline::Cr,
        Some("\r\n") => Newline::CrLf,
        Some(x) => return Err(vm.value_error(format!("illegal newline value: {x}"))),
    };
    if !m.binary && buffering == 0 {
        return Err(vm.value_error("can't have unbuffered text I/O"));
    }
    let text = if m.binary {
        None
    } else {
        let enc = encoding.clone().unwrap_or_else(|| "UTF-8".to_string());
        let codec = lookup_codec(vm, &enc)?;
        Some(TextCfg {
            encoding: enc,
            codec,
            errors: errors.unwrap_or_else(|| "strict".to_string()),
            newline: nl,
        })
    };
    let mut oo = std::fs::OpenOptions::new();
    let readable = m.reading || m.updating;
    let writable = !m.reading || m.updating;
    oo.read(readable);
    if fd.is_some() {
        // Reopening gives a file offset of its own; appending keeps writes
        // after what the original descriptor already wrote.
        oo.write(writable).append(writable);
    } else if m.writing {
        oo.write(true).create(true).truncate(true);
    } else if m.appending {
        oo.append(true).create(true);
    } else if m.creating {
        oo.write(true).create_new(true);
    } else if m.updating {
        oo.write(true);
    }
    let name_v = if crate::util::as_str(&file_v).is_some() || fd.is_some() {
        file_v.clone()
    } else {
        vm.new_str(path.clone())
    };
    let file = match oo.open(&path) {
        Ok(f) => f,
        Err(_) if fd.is_some() => return Err(errno_error(vm, 9, None, None)),
        Err(e) => return Err(io_error(vm, &e, Some(&name_v))),
    };
    if file.metadata().is_ok_and(|md| md.is_dir()) {
        return Err(errno_error(vm, 21, Some(&name_v), None));
    }
    let kind = if text.is_some() {
        Kind::Text
    } else if buffering == 0 {
        Kind::Raw
    } else if m.updating {
        Kind::Random
    } else if m.reading {
        Kind::Reader
    } else {
        Kind::Writer
    };
    let shown_mode = if text.is_some() {
        mode.clone()
    } else {
        let base = if m.creating {
            "xb"
        } else if m.appending {
            "ab"
        } else if readable {
            "rb"
        } else {
            "wb"
        };
        let plus = m.updating;
        format!("{base}{}", if plus { "+" } else { "" })
    };
    let obj = FileObj {
        std_fd: fd.filter(|n| (0..=2).contains(n)),
        kind,
        name: name_v,
        mode: shown_mode,
        text,
        st: RefCell::new(FileState {
            file: Some(file),
            readable,
            writable,
            rbuf: Vec::new(),
            rpos: 0,
            recoded: false,
            bom_checked: false,
        }),
    };
    let t = file_type(vm, kind);
    Ok(Value::Obj(Obj::new(&t, Payload::Native(Box::new(obj)))))
}

static OPEN_DEF: MethodDef = MethodDef {
    name: "open",
    func: NativeFn::FastCallKw(builtin_open),
    doc: "Open file and return a stream.",
};

const TYPE_NAMES: [(&str, Kind); 5] = [
    ("_io.TextIOWrapper", Kind::Text),
    ("_io.BufferedReader", Kind::Reader),
    ("_io.BufferedWriter", Kind::Writer),
    ("_io.BufferedRandom", Kind::Random),
    ("_io.FileIO", Kind::Raw),
];

fn file_type(vm: &Vm, kind: Kind) -> ObjRef {
    let key = TYPE_NAMES
        .iter()
        .find(|(_, k)| *k == kind)
        .map_or("_io.TextIOWrapper", |(n, _)| *n);
    match vm.registry.get(key) {
        Some(Value::Obj(t)) => t.clone(),
        _ => vm.types.object.clone(),
    }
}

/// Create the file types and `io.UnsupportedOperation`, and put `open` in builtins.
pub fn install_open(vm: &mut Vm) {
    for (key, kind) in TYPE_NAMES {
        let t = crate::util::new_static_type(vm, kind.type_name(), 0);
        let td = tdata(&t);
        td.slots.repr.set(Some(file_repr));
        td.slots.iter.set(Some(file_iter));
        td.slots.next.set(Some(file_next));
        td.slots.new.set(None);
        td.slots.init.set(None);
        taipan_object::class::add_methods(vm, &t, &METHODS);
        taipan_object::class::add_getsets(vm, &t, &GETSETS);
        if kind == Kind::Text {
            taipan_object::class::add_getsets(vm, &t, &TEXT_GETSETS);
        }
        let module = Value::Obj(vm.intern("_io"));
        taipan_object::class::set_type_attr(vm, &t, "__module__", module);
        taipan_object::slotdefs::add_slot_wrappers(vm, &t);
        vm.registry.insert(key, Value::Obj(t));
    }
    let f = vm.new_builtin_function(&OPEN_DEF, None);
    vm.dict_set_str(&vm.builtins.clone(), "open", f);
}

/// Fill the module namespace `d`.
pub fn init(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    for (key, kind) in TYPE_NAMES {
        let t = vm.registry.get(key).cloned().unwrap_or(Value::None);
        vm.dict_set_str(d, kind.type_name(), t);
    }
    let c = unsupported_class(vm);
    vm.dict_set_str(d, "UnsupportedOperation", Value::Obj(c));
    if let Some(o) = vm.dict_get_str(&vm.builtins.clone(), "open") {
        vm.dict_set_str(d, "open", o);
    }
    vm.dict_set_str(d, "DEFAULT_BUFFER_SIZE", Value::Int(8192));
    Ok(())
}
