"""Cloud-synced folders and network drives are recognised (facilitator/locations.py)."""
from __future__ import annotations

import pytest

from facilitator.errors import OogstError
from facilitator.locations import RiskyLocation, cloud_service, network_fs_type, risky_location

LINUX_MOUNTS = """\
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
tmpfs /tmp tmpfs rw,nosuid,nodev 0 0
server:/export/home /mnt/nfs nfs4 rw,relatime,vers=4.2 0 0
//nas/vergaderingen /mnt/nas\\040share cifs rw,relatime,vers=3.0 0 0
//nas/smb3 /media/smb3 smb3 rw 0 0
me@host:/srv /home/me/remote fuse.sshfs rw,nosuid,nodev 0 0
gvfsd-fuse /run/user/1000/gvfs fuse.gvfsd-fuse rw,nosuid,nodev 0 0
rclone: /home/me/rclone fuse.rclone rw 0 0
lxcfs /var/lib/lxcfs fuse.lxcfs rw 0 0
/dev/sdb1 /mnt/nfs/usb ext4 rw 0 0
"""

MACOS_MOUNT = """\
/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse)
//anna@nas._smb._tcp.local/Oogst on /Volumes/Oogst (smbfs, nodev, nosuid, mounted by anna)
/dev/disk4s1 on /Volumes/USB STICK (msdos, local, nodev, nosuid, noowners)
nas:/export on /Volumes/nfs (nfs, asynchronous)
"""


@pytest.mark.parametrize("path, service", [
    ("/home/anna/OneDrive/Bijeenkomsten/samenspel.oogst", "OneDrive"),
    (r"C:\Users\anna\OneDrive - Gemeente Utrecht\Oogst\x.oogst", "OneDrive"),
    ("/Users/anna/Library/CloudStorage/OneDrive-Personal/x.oogst", "OneDrive"),
    ("/home/anna/Dropbox/x.oogst", "Dropbox"),
    (r"D:\Dropbox (Movisie)\verslagen\x.oogst", "Dropbox"),
    (r"G:\My Drive\Oogst\x.oogst", "Google Drive"),
    (r"C:\Users\anna\Google Drive\x.oogst", "Google Drive"),
    ("/Users/anna/GoogleDrive/x.oogst", "Google Drive"),
    ("/Users/anna/Library/CloudStorage/GoogleDrive-anna@example.org/My Drive/x.oogst",
     "Google Drive"),
    ("/Users/anna/Library/Mobile Documents/com~apple~CloudDocs/x.oogst", "iCloud Drive"),
    (r"C:\Users\anna\iCloudDrive\x.oogst", "iCloud Drive"),
    (r"C:\Users\anna\iCloud Drive\x.oogst", "iCloud Drive"),
    ("/home/anna/Nextcloud/Werk/x.oogst", "Nextcloud"),
    ("/home/anna/ownCloud/x.oogst", "ownCloud"),
    (r"C:\Users\anna\Box\x.oogst", "Box"),
    ("/Users/anna/Library/CloudStorage/Box-Box/x.oogst", "Box"),
    (r"C:\Users\anna\Box Sync\x.oogst", "Box"),
])
def test_cloud_folders_are_named_with_their_service(path, service):
    assert cloud_service(path) == service
    err = risky_location(path, mounts="", platform="linux")
    assert isinstance(err, RiskyLocation) and isinstance(err, OogstError)
    assert err.service == service
    for lang in ("nl", "en"):
        text = err.text(lang)
        assert service in text and ("x.oogst" in text or "samenspel.oogst" in text)
    assert "local" in err.text("en") or "this computer" in err.text("en")
    assert "kopie" in err.text("nl") and "terug" in err.text("nl")


@pytest.mark.parametrize("path", [
    "/home/anna/Documenten/samenspel.oogst",
    "/home/anna/boxing/x.oogst",
    "/home/anna/dropboxes-old/x.oogst",
    r"C:\Users\anna\Documents\Oogst\x.oogst",
    "/home/anna/Dropbox.oogst",            # a file named after a service is not a folder
    r"\\?\C:\Users\anna\x.oogst",          # extended-length local path
])
def test_ordinary_folders_are_not_risky(path):
    assert risky_location(path, mounts=LINUX_MOUNTS, platform="linux") is None


@pytest.mark.parametrize("path", [r"\\server\share\Oogst\x.oogst", "\\\\nas\\vergadering\\x.oogst",
                                  "//server/share/x.oogst", r"\\?\UNC\server\share\x.oogst"])
def test_unc_paths_are_network_drives(path):
    err = risky_location(path, platform="win32", mounts="")
    assert isinstance(err, RiskyLocation) and err.key == "location.network"
    assert "x.oogst" in err.text("en") and "network" in err.text("en")
    assert "netwerkschijf" in err.text("nl")


@pytest.mark.parametrize("path, kind", [
    ("/mnt/nfs/bijeenkomst.oogst", "nfs4"),
    ("/mnt/nas share/x.oogst", "cifs"),
    ("/media/smb3/a/b/x.oogst", "smb3"),
    ("/home/me/remote/x.oogst", "fuse.sshfs"),
    ("/run/user/1000/gvfs/smb-share:server=nas,share=x/x.oogst", "fuse.gvfsd-fuse"),
    ("/home/me/rclone/x.oogst", "fuse.rclone"),
    ("/mnt/nfs/usb/x.oogst", None),      # a local disk mounted inside the NFS mount
    ("/var/lib/lxcfs/x.oogst", None),    # a local FUSE file system
    ("/tmp/x.oogst", None),
    ("/home/me/x.oogst", None),
    ("/mnt/nfsother/x.oogst", None),     # a prefix of the name is not the mount point
])
def test_linux_mount_table(path, kind):
    assert network_fs_type(path, LINUX_MOUNTS) == kind
    err = risky_location(path, mounts=LINUX_MOUNTS, platform="linux")
    assert (err is None) == (kind is None)
    if kind:
        assert kind in err.text("nl") and err.key == "location.network"


@pytest.mark.parametrize("path, kind", [
    ("/Volumes/Oogst/2024/x.oogst", "smbfs"),
    ("/Volumes/nfs/x.oogst", "nfs"),
    ("/Volumes/USB STICK/x.oogst", None),
    ("/Users/anna/Documents/x.oogst", None),
])
def test_macos_mount_output(path, kind):
    assert network_fs_type(path, MACOS_MOUNT) == kind
    assert (risky_location(path, mounts=MACOS_MOUNT, platform="darwin") is None) == (kind is None)


def test_this_machines_temporary_folder_is_not_risky(tmp_path):
    """Reads the real mount table; a test folder is local (CI and developers)."""
    assert risky_location(tmp_path / "x.oogst") is None
