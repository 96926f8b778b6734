//! os file-system hooks (sysOpen, sysRead, sysStat, ...) on std's safe
//! file API. Open files live in a process-wide table keyed by their fd
//! (the number Go code sees); fds 0, 1 and 2 are the process's standard
//! streams, stdout going through golite's buffer. Each hook returns the
//! raw errno (0 for success) as the doc in stdlib/os/sys.go says.

use super::regs::{self, bytes, int, put_int, put_slice, put_word, string};
use super::{NativeFn, Vm, R};
use std::collections::HashMap;
use std::ffi::OsString;
use std::fs::{self, File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::fs::{DirBuilderExt, FileExt, FileTypeExt, MetadataExt, OpenOptionsExt};
use std::os::unix::io::AsRawFd;
use std::sync::Mutex;

const EBADF: u64 = 9;
const EIO: u64 = 5;
const EINVAL: u64 = 22;
const ENOTDIR: u64 = 20;

static FILES: Mutex<Option<HashMap<i64, File>>> = Mutex::new(None);

/// Runs `f` on the open file `fd` (EBADF when there is none).
fn with_file<T>(fd: i64, f: impl FnOnce(&mut File) -> std::io::Result<T>) -> Result<T, u64> {
    let mut g = FILES.lock().unwrap_or_else(|e| e.into_inner());
    match g.get_or_insert_with(HashMap::new).get_mut(&fd) {
        Some(file) => f(file).map_err(|e| errno_of(&e)),
        None => Err(EBADF),
    }
}

/// The errno of an I/O error.
pub(super) fn errno_of(e: &std::io::Error) -> u64 {
    e.raw_os_error().map_or(EIO, |n| n as u64)
}

fn path(vm: &Vm, at: usize) -> OsString {
    OsString::from_vec(string(vm, at))
}

pub(super) fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "os.sysOpen" => open,
        "os.sysClose" => close,
        "os.sysRead" => read,
        "os.sysWrite" => write,
        "os.sysPread" => pread,
        "os.sysPwrite" => pwrite,
        "os.sysSeek" => seek,
        "os.sysFsync" => fsync,
        "os.sysStat" => stat,
        "os.sysTruncate" => truncate,
        "os.sysChmod" => chmod,
        "os.sysMkdir" => mkdir,
        "os.sysRemove" => remove,
        "os.sysRename" => rename,
        "os.sysReadDir" => read_dir,
        _ => return None,
    })
}

/// Writes an (int, errno) result pair.
fn put_n_errno(vm: &mut Vm, b: usize, r: Result<i64, u64>) -> R<()> {
    let (n, e) = match r {
        Ok(n) => (n, 0),
        Err(e) => (0, e),
    };
    put_int(vm, b, n);
    put_word(vm, b + 1, e);
    Ok(())
}

/// Writes a lone errno result.
fn put_errno(vm: &mut Vm, b: usize, r: std::io::Result<()>) -> R<()> {
    put_word(vm, b, r.err().map_or(0, |e| errno_of(&e)));
    Ok(())
}

fn open(vm: &mut Vm, b: usize) -> R<()> {
    let name = path(vm, b);
    let flag = int(vm, b + 1);
    let perm = regs::word(vm, b + 2) as u32;
    let mut o = OpenOptions::new();
    match flag & 3 {
        0 => o.read(true),
        1 => o.write(true),
        2 => o.read(true).write(true),
        _ => return put_n_errno(vm, b, Err(EINVAL)),
    };
    o.custom_flags((flag & !3) as i32).mode(perm);
    let r = o.open(name).map_err(|e| errno_of(&e)).map(|f| {
        let fd = i64::from(f.as_raw_fd());
        let mut g = FILES.lock().unwrap_or_else(|e| e.into_inner());
        g.get_or_insert_with(HashMap::new).insert(fd, f);
        fd
    });
    put_n_errno(vm, b, r)
}

fn close(vm: &mut Vm, b: usize) -> R<()> {
    let fd = int(vm, b);
    let mut g = FILES.lock().unwrap_or_else(|e| e.into_inner());
    let found = g.get_or_insert_with(HashMap::new).remove(&fd).is_some();
    drop(g);
    put_word(
        vm,
        b,
        if found || (0..=2).contains(&fd) {
            0
        } else {
            EBADF
        },
    );
    Ok(())
}

fn read(vm: &mut Vm, b: usize) -> R<()> {
    let fd = int(vm, b);
    let sl = regs::slice(vm, b + 1);
    let mut buf = vec![0u8; sl[2] as usize];
    let r = match fd {
        0 => {
            vm.flush();
            std::io::stdin().read(&mut buf).map_err(|e| errno_of(&e))
        }
        1 | 2 => Err(EBADF),
        _ => with_file(fd, |f| f.read(&mut buf)),
    };
    if let Ok(n) = r {
        regs::write_bytes(vm, sl, &buf[..n]);
    }
    put_n_errno(vm, b, r.map(|n| n as i64))
}

fn write(vm: &mut Vm, b: usize) -> R<()> {
    let fd = int(vm, b);
    let data = bytes(vm, b + 1);
    let r = match fd {
        1 => {
            vm.write_out(&data);
            Ok(data.len())
        }
        2 => {
            vm.write_err(&data);
            Ok(data.len())
        }
        0 => Err(EBADF),
        _ => with_file(fd, |f| f.write_all(&data).map(|_| data.len())),
    };
    put_n_errno(vm, b, r.map(|n| n as i64))
}

fn pread(vm: &mut Vm, b: usize) -> R<()> {
    let fd = int(vm, b);
    let sl = regs::slice(vm, b + 1);
    let off = int(vm, b + 5);
    let mut buf = vec![0u8; sl[2] as usize];
    let r = match u64::try_from(off) {
        Ok(off) => with_file(fd, |f| f.read_at(&mut buf, off)),
        Err(_) => Err(EINVAL),
    };
    if let Ok(n) = r {
        regs::write_bytes(vm, sl, &buf[..n]);
    }
    put_n_errno(vm, b, r.map(|n| n as i64))
}

fn pwrite(vm: &mut Vm, b: usize) -> R<()> {
    let fd = int(vm, b);
    let data = bytes(vm, b + 1);
    let off = int(vm, b + 5);
    let r = match u64::try_from(off) {
        Ok(off) => with_file(fd, |f| f.write_at(&data, off)),
        Err(_) => Err(EINVAL),
    };
    put_n_errno(vm, b, r.map(|n| n as i64))
}

fn seek(vm: &mut Vm, b: usize) -> R<()> {
    let fd = int(vm, b);
    let (off, whence) = (int(vm, b + 1), int(vm, b + 2));
    let pos = match whence {
        0 => u64::try_from(off).ok().map(SeekFrom::Start),
        1 => Some(SeekFrom::Current(off)),
        2 => Some(SeekFrom::End(off)),
        _ => None,
    };
    let r = match pos {
        Some(p) => with_file(fd, |f| f.seek(p)).map(|n| n as i64),
        None => Err(EINVAL),
    };
    put_n_errno(vm, b, r)
}

fn fsync(vm: &mut Vm, b: usize) -> R<()> {
    let fd = int(vm, b);
    let e = with_file(fd, |f| f.sync_all()).err().unwrap_or(0);
    put_word(vm, b, e);
    Ok(())
}

fn stat(vm: &mut Vm, b: usize) -> R<()> {
    let name = path(vm, b);
    let fd = int(vm, b + 1);
    let lstat = regs::word(vm, b + 2) != 0;
    let r = if !name.is_empty() {
        let m = if lstat {
            fs::symlink_metadata(&name)
        } else {
            fs::metadata(&name)
        };
        m.map_err(|e| errno_of(&e))
    } else {
        with_file(fd, |f| f.metadata())
            .or_else(|_| fs::metadata(format!("/proc/self/fd/{fd}")).map_err(|e| errno_of(&e)))
    };
    let (mode, size, sec, nsec, e) = match r {
        Ok(m) => (m.mode(), m.size() as i64, m.mtime(), m.mtime_nsec(), 0),
        Err(e) => (0, 0, 0, 0, e),
    };
    put_word(vm, b, u64::from(mode));
    put_int(vm, b + 1, size);
    put_int(vm, b + 2, sec);
    put_int(vm, b + 3, nsec);
    put_word(vm, b + 4, e);
    Ok(())
}

fn truncate(vm: &mut Vm, b: usize) -> R<()> {
    let name = path(vm, b);
    let fd = int(vm, b + 1);
    let Ok(size) = u64::try_from(int(vm, b + 2)) else {
        put_word(vm, b, EINVAL);
        return Ok(());
    };
    let r = if name.is_empty() {
        with_file(fd, |f| f.set_len(size))
    } else {
        OpenOptions::new()
            .write(true)
            .open(&name)
            .and_then(|f| f.set_len(size))
            .map_err(|e| errno_of(&e))
    };
    put_word(vm, b, r.err().unwrap_or(0));
    Ok(())
}

fn chmod(vm: &mut Vm, b: usize) -> R<()> {
    let name = path(vm, b);
    let fd = int(vm, b + 1);
    let perm = fs::Permissions::from_mode(regs::word(vm, b + 2) as u32);
    let e = if name.is_empty() {
        with_file(fd, |f| f.set_permissions(perm))
            .err()
            .unwrap_or(0)
    } else {
        fs::set_permissions(&name, perm)
            .err()
            .map_or(0, |e| errno_of(&e))
    };
    put_word(vm, b, e);
    Ok(())
}

fn mkdir(vm: &mut Vm, b: usize) -> R<()> {
    let name = path(vm, b);
    let perm = regs::word(vm, b + 1) as u32;
    let r = fs::DirBuilder::new().mode(perm).create(name);
    put_errno(vm, b, r)
}

fn remove(vm: &mut Vm, b: usize) -> R<()> {
    let name = path(vm, b);
    let e = match fs::remove_file(&name) {
        Ok(()) => 0,
        Err(unlink) => match fs::remove_dir(&name) {
            Ok(()) => 0,
            Err(rmdir) if errno_of(&rmdir) == ENOTDIR => errno_of(&unlink),
            Err(rmdir) => errno_of(&rmdir),
        },
    };
    put_word(vm, b, e);
    Ok(())
}

fn rename(vm: &mut Vm, b: usize) -> R<()> {
    let (from, to) = (path(vm, b), path(vm, b + 1));
    put_errno(vm, b, fs::rename(from, to))
}

/// S_IF* bits of a directory entry's type.
fn type_bits(t: fs::FileType) -> u32 {
    if t.is_dir() {
        0o040000
    } else if t.is_symlink() {
        0o120000
    } else if t.is_fifo() {
        0o010000
    } else if t.is_socket() {
        0o140000
    } else if t.is_block_device() {
        0o060000
    } else if t.is_char_device() {
        0o020000
    } else {
        0o100000
    }
}

fn read_dir(vm: &mut Vm, b: usize) -> R<()> {
    let name = path(vm, b);
    let mut names = Vec::new();
    let mut types = Vec::new();
    let mut err = 0;
    match fs::read_dir(name) {
        Ok(entries) => {
            for ent in entries {
                match ent.and_then(|e| Ok((e.file_name(), e.file_type()?))) {
                    Ok((n, t)) => {
                        names.push(n.as_bytes().to_vec());
                        types.push(u64::from(type_bits(t)));
                    }
                    Err(e) => {
                        err = errno_of(&e);
                        break;
                    }
                }
            }
        }
        Err(e) => err = errno_of(&e),
    }
    let ns = regs::new_strings(vm, &names);
    let ts = regs::new_words(vm, &types);
    put_slice(vm, b, ns);
    put_slice(vm, b + 4, ts);
    put_word(vm, b + 8, err);
    Ok(())
}
