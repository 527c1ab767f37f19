"""The entry point `./dev`, run in a copy of the project (its .venv and node_modules linked): a failed
build leaves the last good site/ as it was and no half-built one; two overlapping builds give one
site, readable by a web server running as another user; `./dev serve` takes the next free port
when 8000 is busy and says so; a virtual environment that belongs to another folder is made
again, and one reached through a symbolic link is kept; a damaged node_modules is installed again."""

from __future__ import annotations

import os
import signal
import socket
import stat
import subprocess
import time
import urllib.request

import pytest
from conftest import ROOT


@pytest.fixture
def project(tmp_path):
    copy = tmp_path / "project"
    files = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    for name in files:
        target = copy / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes((ROOT / name).read_bytes())
        target.chmod((ROOT / name).stat().st_mode)
    for linked in (".venv", "node_modules"):
        (copy / linked).symlink_to(ROOT / linked)
    return copy


def run_dev(project, *args, env=None, timeout=300):
    environment = {k: v for k, v in os.environ.items() if k not in ("SITE_URL", "MAILRU_PUBLISH")} | (env or {})
    return subprocess.run([str(project / "dev"), *args], cwd=project, env=environment, capture_output=True, text=True, timeout=timeout)


def test_overlapping_builds_give_one_site_that_other_users_can_read(project, tmp_path):
    """Two ./dev build at once in one folder: both succeed and site/ is one site, with no second copy
    inside it; and site/ gets the mode a plain mkdir gives (0755 under umask 022), so a web server
    running as another user can read it. The worst interleaving is forced with a stand-in `mv`: the
    first build's move into site/ waits until the second build has put its own site there (or says it
    waits for the first)."""
    shim = tmp_path / "shim"
    shim.mkdir()
    (shim / "mv").write_text(f"""#!/bin/sh
if [ "$2" = site ] && mkdir "{shim}/first" 2>/dev/null; then
  i=0
  while [ ! -d site ] && ! grep -q waiting "{shim}/second.err" 2>/dev/null && [ $i -lt 1200 ]; do sleep 0.1; i=$((i + 1)); done
fi
exec /bin/mv "$@"
""")
    (shim / "mv").chmod(0o755)
    env = {k: v for k, v in os.environ.items() if k not in ("SITE_URL", "MAILRU_PUBLISH")} | {"PATH": f"{shim}:{os.environ['PATH']}"}

    def start(name):
        with open(shim / f"{name}.err", "w") as said:
            return subprocess.Popen([str(project / "dev"), "build"], cwd=project, env=env, stdout=subprocess.DEVNULL,
                                    stderr=said, preexec_fn=lambda: os.umask(0o022))

    first = start("first")
    deadline = time.monotonic() + 240
    while not list(project.glob(".site-partial.*")) and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)  # the first build is under way
    second = start("second")
    codes = [first.wait(300), second.wait(300)]
    assert codes == [0, 0], [(shim / f"{name}.err").read_text()[-2000:] for name in ("first", "second")]
    assert not list((project / "site").glob(".site-partial*")), "a whole second site inside site/"
    assert not list(project.glob(".site-partial*")) and not (project / "site.previous").exists()
    folders = [project / "site", *(path for path in (project / "site").rglob("*") if path.is_dir())]
    assert stat.S_IMODE((project / "site").stat().st_mode) == 0o755
    assert all(path.stat().st_mode & 0o005 == 0o005 for path in folders), "a folder others cannot read"
    assert all(path.stat().st_mode & 0o004 for path in (project / "site").rglob("*") if path.is_file())


def test_a_failed_build_leaves_the_last_good_site(project):
    assert run_dev(project, "build").returncode == 0
    marker = project / "site" / "index.html"
    before = marker.read_bytes()
    for env in ({"SITE_URL": "http://exa mple.org/"}, {"MAILRU_PUBLISH": "1"}):
        result = run_dev(project, "build", env=env)
        assert result.returncode != 0 and "SITE_URL" in result.stderr
        assert marker.read_bytes() == before
    assert run_dev(project, "build", "--publish").returncode != 0, "--publish without SITE_URL"
    assert not list(project.glob(".site-partial*")) and not (project / "site.previous").exists()
    published = run_dev(project, "build", "--publish", env={"SITE_URL": "https://example.org/mailru"})
    assert published.returncode == 0, published.stderr[-2000:]
    assert "https://example.org/mailru/about/" in (project / "site" / "sitemap.xml").read_text()


def test_serve_takes_the_next_free_port_when_8000_is_busy(project):
    with socket.socket() as busy:
        try:
            busy.bind(("127.0.0.1", 8000))
            busy.listen(1)
        except OSError:
            pass  # taken already: just as good
        serve = subprocess.Popen([str(project / "dev"), "serve", "--no-livereload"], cwd=project, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True, env={k: v for k, v in os.environ.items() if k != "SITE_URL"})
        try:
            said = serve.stderr.readline()
            assert "Port 8000 is busy: serving on http://127.0.0.1:" in said, said
            url = said.split("serving on ")[1].split()[0]
            page = ""
            for _ in range(300):
                try:
                    page = urllib.request.urlopen(url + "checks/", timeout=2).read().decode()
                    break
                except OSError:
                    time.sleep(0.2)
            assert "mr-check" in page
        finally:
            serve.send_signal(signal.SIGINT)  # as a reader's Ctrl-C: mkdocs removes its temporary site
            serve.wait(30)


def _function(name: str) -> str:
    text = (ROOT / "dev").read_text()
    start = text.index(f"{name}() {{")
    return text[start: text.index("\n}\n", start) + 3]


def test_a_virtual_environment_of_another_folder_is_made_again(tmp_path):
    """The folder was moved: .venv's Python says it lives elsewhere, so python_env makes a new one."""
    bin_dir = tmp_path / "stub"
    bin_dir.mkdir()
    # stand-ins for python3 (makes a venv whose prefix is right) and for pip (does nothing)
    (bin_dir / "python3").write_text('#!/bin/sh\nmkdir -p .venv/bin\nprintf \'#!/bin/sh\\ncase "$1" in -c) echo "$PWD/.venv";; esac\\n\' > .venv/bin/python\nchmod +x .venv/bin/python\n')
    (bin_dir / "python3").chmod(0o755)
    work = tmp_path / "moved"
    (work / ".venv" / "bin").mkdir(parents=True)
    (work / ".venv" / "bin" / "python").write_text('#!/bin/sh\necho /somewhere/else/.venv\n')
    (work / ".venv" / "bin" / "python").chmod(0o755)
    (work / ".venv" / "old-file").write_text("from the old folder")
    (work / "requirements.txt").write_text("")
    (work / ".venv" / ".requirements.sha256").write_text("stale\n")
    script = _function("python_env") + "python_env\n"
    result = subprocess.run(["bash", "-c", script], cwd=work, env={"PATH": f"{bin_dir}:/usr/bin:/bin"}, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "belongs to another folder" in result.stderr
    assert not (work / ".venv" / "old-file").exists() and (work / ".venv" / "bin" / "python").exists()


def test_a_virtual_environment_reached_through_a_symbolic_link_is_kept(tmp_path):
    """A checkout reached through a symbolic link (macOS /tmp, a linked workspace or home): the real
    .venv's Python reports the resolved path; the environment is the right one and stays."""
    work = tmp_path / "real"
    work.mkdir()
    subprocess.run(["python3", "-m", "venv", "--without-pip", str(work / ".venv")], check=True)
    (work / ".venv" / "kept").write_text("made once")
    (work / "requirements.txt").write_text("")
    want = subprocess.run(["sha256sum", "requirements.txt"], cwd=work, capture_output=True, text=True).stdout.split()[0]
    (work / ".venv" / ".requirements.sha256").write_text(want + "\n")
    (tmp_path / "link").symlink_to(work)
    script = _function("python_env") + "python_env\n"
    # through the link, as a shell that cd'd into it sees it ($PWD is the logical path)
    result = subprocess.run(["bash", "-c", f"cd {tmp_path / 'link'} && {script}"], env={"PATH": "/usr/bin:/bin"}, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "belongs to another folder" not in result.stderr
    assert (work / ".venv" / "kept").exists()


def test_a_damaged_node_modules_is_installed_again(tmp_path):
    bin_dir = tmp_path / "stub"
    bin_dir.mkdir()
    # npm: `ls` fails (a package is missing), `ci` leaves a note
    (bin_dir / "npm").write_text('#!/bin/sh\ncase "$1" in ls) exit 1;; ci) mkdir -p node_modules; touch node_modules/reinstalled;; esac\n')
    (bin_dir / "npm").chmod(0o755)
    work = tmp_path / "damaged"
    (work / "node_modules").mkdir(parents=True)
    (work / "package-lock.json").write_text("{}")
    want = subprocess.run(["sha256sum", "package-lock.json"], cwd=work, capture_output=True, text=True).stdout.split()[0]
    (work / "node_modules" / ".package-lock.sha256").write_text(want + "\n")  # the stamp still says all is well
    script = _function("node_env") + "node_env\n"
    result = subprocess.run(["bash", "-c", script], cwd=work, env={"PATH": f"{bin_dir}:/usr/bin:/bin"}, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert (work / "node_modules" / "reinstalled").exists()


def test_the_publishing_workflow_builds_for_publishing_with_the_pages_address():
    import yaml

    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "publish.yml").read_text())
    steps = workflow["jobs"]["build"]["steps"]
    [build] = [step for step in steps if "run" in step]
    assert build["run"] == "./dev build --publish"
    assert build["env"]["SITE_URL"] == "${{ steps.pages.outputs.base_url }}/"
    assert [step["with"]["path"] for step in steps if step.get("uses", "").startswith("actions/upload-pages-artifact")] == ["site"]
    assert workflow["jobs"]["deploy"]["needs"] == "build"
