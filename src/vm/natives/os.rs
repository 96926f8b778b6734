//! os natives: Exit, the process ids, the command line and the
//! environment hooks. The file-system hooks live in `osfile`. Hooks
//! return raw errnos; the Go side builds the *PathError values.

use super::osfile::errno_of;
use super::regs::{self, int, put_bool, put_int, put_slice, put_str, put_word, string};
use super::{Fault, NativeFn, Vm, R};
use std::ffi::OsString;
use std::os::unix::ffi::{OsStrExt, OsStringExt};

pub(super) fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "os.Exit" => exit,
        "os.runtimeArgs" => args,
        "os.Getpid" => |vm, b| id(vm, b, i64::from(std::process::id())),
        "os.Getppid" => |vm, b| id(vm, b, i64::from(std::os::unix::process::parent_id())),
        "os.Getuid" => |vm, b| id(vm, b, status_id("Uid:", 0)),
        "os.Geteuid" => |vm, b| id(vm, b, status_id("Uid:", 1)),
        "os.Getgid" => |vm, b| id(vm, b, status_id("Gid:", 0)),
        "os.Getegid" => |vm, b| id(vm, b, status_id("Gid:", 1)),
        "os.Getpagesize" => |vm, b| id(vm, b, PAGE_SIZE),
        "os.sysEnviron" => environ,
        "os.sysLookupEnv" => lookup_env,
        "os.sysSetenv" => setenv,
        "os.sysUnsetenv" => unsetenv,
        "os.sysClearenv" => clearenv,
        "os.sysChdir" => chdir,
        "os.sysGetwd" => getwd,
        "os.sysHostname" => hostname,
        "os.sysExecutable" => executable,
        _ => return super::osfile::lookup(name),
    })
}

/// Go's page size on this architecture.
#[cfg(target_arch = "aarch64")]
const PAGE_SIZE: i64 = 65536;
#[cfg(not(target_arch = "aarch64"))]
const PAGE_SIZE: i64 = 4096;

fn exit(vm: &mut Vm, b: usize) -> R<()> {
    Err(Fault::Exit(int(vm, b) as i32))
}

fn args(vm: &mut Vm, b: usize) -> R<()> {
    let a: Vec<Vec<u8>> = vm.args.iter().map(|s| s.as_bytes().to_vec()).collect();
    let sl = regs::new_strings(vm, &a);
    put_slice(vm, b, sl);
    Ok(())
}

fn id(vm: &mut Vm, b: usize, v: i64) -> R<()> {
    put_int(vm, b, v);
    Ok(())
}

/// Field `k` of the `key` line of /proc/self/status (real, effective
/// ids); -1 when unknown.
fn status_id(key: &str, k: usize) -> i64 {
    let text = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    text.lines()
        .find_map(|l| l.strip_prefix(key))
        .and_then(|rest| rest.split_whitespace().nth(k))
        .and_then(|v| v.parse().ok())
        .unwrap_or(-1)
}

/// Whether the platform accepts `key` (and `value`) without panicking.
fn env_ok(key: &[u8], value: &[u8]) -> bool {
    !key.is_empty() && !key.contains(&b'=') && !key.contains(&0) && !value.contains(&0)
}

fn environ(vm: &mut Vm, b: usize) -> R<()> {
    let kv: Vec<Vec<u8>> = std::env::vars_os()
        .map(|(k, v)| {
            let mut e = k.into_vec();
            e.push(b'=');
            e.extend_from_slice(v.as_bytes());
            e
        })
        .collect();
    let sl = regs::new_strings(vm, &kv);
    put_slice(vm, b, sl);
    Ok(())
}

fn lookup_env(vm: &mut Vm, b: usize) -> R<()> {
    let key = string(vm, b);
    let v = if env_ok(&key, b"") {
        std::env::var_os(OsString::from_vec(key))
    } else {
        None
    };
    put_bool(vm, b + 1, v.is_some());
    put_str(vm, b, v.as_ref().map_or(&[][..], |v| v.as_bytes()))
}

fn setenv(vm: &mut Vm, b: usize) -> R<()> {
    let (key, value) = (string(vm, b), string(vm, b + 1));
    if env_ok(&key, &value) {
        std::env::set_var(OsString::from_vec(key), OsString::from_vec(value));
    }
    Ok(())
}

fn unsetenv(vm: &mut Vm, b: usize) -> R<()> {
    let key = string(vm, b);
    if env_ok(&key, b"") {
        std::env::remove_var(OsString::from_vec(key));
    }
    Ok(())
}

fn clearenv(_vm: &mut Vm, _b: usize) -> R<()> {
    for (k, _) in std::env::vars_os() {
        if env_ok(k.as_bytes(), b"") {
            std::env::remove_var(k);
        }
    }
    Ok(())
}

fn chdir(vm: &mut Vm, b: usize) -> R<()> {
    let dir = OsString::from_vec(string(vm, b));
    let e = std::env::set_current_dir(dir)
        .err()
        .map_or(0, |e| errno_of(&e));
    put_word(vm, b, e);
    Ok(())
}

/// Writes (string, errno) results.
fn put_str_errno(vm: &mut Vm, b: usize, r: std::io::Result<Vec<u8>>) -> R<()> {
    match r {
        Ok(s) => {
            put_word(vm, b + 1, 0);
            put_str(vm, b, &s)
        }
        Err(e) => {
            put_word(vm, b + 1, errno_of(&e));
            put_str(vm, b, b"")
        }
    }
}

fn getwd(vm: &mut Vm, b: usize) -> R<()> {
    let r = std::env::current_dir().map(|p| p.into_os_string().into_vec());
    put_str_errno(vm, b, r)
}

fn hostname(vm: &mut Vm, b: usize) -> R<()> {
    let r = std::fs::read("/proc/sys/kernel/hostname").map(|mut h| {
        while h.last() == Some(&b'\n') {
            h.pop();
        }
        h
    });
    put_str_errno(vm, b, r)
}

fn executable(vm: &mut Vm, b: usize) -> R<()> {
    let r = std::env::current_exe().map(|p| p.into_os_string().into_vec());
    put_str_errno(vm, b, r)
}
