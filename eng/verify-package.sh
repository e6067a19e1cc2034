#!/usr/bin/env bash
# Proves the packages work by installing them: packs every packable project into a temporary folder, checks
# each package's anatomy, creates a fresh console app elsewhere that gets Belvo.* from that folder ONLY (package
# source mapping; third-party packages come from nuget.org as usual), compiles the README's quick start (the
# first ```csharp block under "## Quick start") wrapped so it runs against BelvoEmulator from the
# Belvo.Sdk.Testing package, runs it, and fails on any error. The example on each package page is compiled too.
#
#   bash eng/verify-package.sh [--no-build]    (--no-build: pack what `dotnet build -c Release` already built)
#
# The packages get a version of their own (VersionPrefix from Directory.Build.props plus a "-verify.<time>"
# suffix) so that no copy of the same version in a NuGet cache can stand in for the one just packed; the script
# removes that version from the cache when it ends.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

build_flag=()
[ "${1:-}" = "--no-build" ] && build_flag=(--no-build)

work=$(mktemp -d)
suffix="verify.$(date -u +%Y%m%d%H%M%S)"
cache="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
cleanup() {
  rm -rf "$work"
  for id in "${ids[@]:-}"; do
    [ -n "$id" ] || continue
    rm -rf "${cache:?}/${id,,}/$version"
    rmdir "$cache/${id,,}" 2>/dev/null || true  # only if no other version is cached
  done
}
trap cleanup EXIT
say() { echo "verify-package: $*"; }
die() { echo "verify-package: FAILED: $*" >&2; exit 1; }

# 1. Pack. `dotnet pack` on the solution packs exactly the projects that are packable.
dotnet pack Belvo.Sdk.sln -c Release "${build_flag[@]}" -p:VersionSuffix="$suffix" -o "$work/packages" -warnaserror >"$work/pack.log" 2>&1 \
  || { cat "$work/pack.log"; die "dotnet pack failed"; }
shopt -s nullglob
packages=("$work"/packages/*.nupkg)
[ ${#packages[@]} -gt 0 ] || die "nothing was packed"
ids=(); version=
for package in "${packages[@]}"; do
  name=$(basename "$package" .nupkg)
  id=${name%%.[0-9]*}; version=${name#"$id".}
  ids+=("$id")
done
say "packed ${ids[*]} $version"

# 2. Anatomy of each package: icon, README without relative links (a package page resolves none), licence,
#    embedded symbols, no symbol package, nothing from the build machine's paths.
for package in "${packages[@]}"; do
  name=$(basename "$package")
  listing=$(unzip -Z1 "$package")
  for entry in icon.png README.md; do
    grep -qx "$entry" <<<"$listing" || die "$name has no $entry"
  done
  nuspec=$(unzip -p "$package" '*.nuspec')
  grep -q '<license type="expression">MIT</license>' <<<"$nuspec" || die "$name: no MIT licence expression"
  grep -q '<icon>icon.png</icon>' <<<"$nuspec" || die "$name: the icon is not declared"
  grep -q '<readme>README.md</readme>' <<<"$nuspec" || die "$name: the README is not declared"
  ! grep -q '\.pdb$' <<<"$listing" || die "$name ships a separate .pdb: symbols are embedded in the DLL"
  # Markdown links and images [text](target), reference definitions [id]: target, and HTML src/href.
  relative=$(unzip -p "$package" README.md \
    | grep -oE '\]\([^)]+\)|^\[[^]]+\]:[[:space:]]*[^[:space:]]+|(src|href)="[^"]+"' \
    | sed -E 's/^\]\(//; s/\)$//; s/^\[[^]]+\]:[[:space:]]*//; s/^(src|href)="//; s/"$//' \
    | grep -vE '^(https?://|mailto:|#)' || true)
  [ -z "$relative" ] || die "$name: README.md has relative links, which do not work on a package page: $relative"
done
say "anatomy checked: icon, README (no relative links), MIT, embedded symbols"

# 3. A fresh console app that can get Belvo.* from the local folder only.
app="$work/app"
dotnet new console -o "$app" -n PackageConsumer --no-restore >/dev/null
cat >"$app/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$work/packages" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local"><package pattern="Belvo.*" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
XML
refs=""
for id in "${ids[@]}"; do refs+="    <PackageReference Include=\"$id\" Version=\"$version\" />"$'\n'; done
sed -i "s#</Project>#  <ItemGroup>\n${refs//$'\n'/\\n}  </ItemGroup>\n</Project>#" "$app/PackageConsumer.csproj"

# 4. Program.cs: the quick start's using directives, a preamble that starts the emulator, the rest of the quick
#    start unchanged, then the package checks. The quick start configures Belvo's sandbox; the one rewrite
#    points "Environment = BelvoEnvironment.<name>" at the emulator (BELVO_BASE_URL is also set, for a quick
#    start that reads it).
quick_start=$(awk '/^## Quick start/ {in_section = 1; next}
                   in_section && /^## / {exit}
                   in_section && /^```csharp/ {in_block = 1; next}
                   in_block && /^```/ {exit}
                   in_block {print}' README.md)
[ -n "$quick_start" ] || die "README.md has no \`\`\`csharp block under '## Quick start'"
directive='^(global )?using (static )?[A-Za-z_][A-Za-z0-9_.]*( = [A-Za-z_][A-Za-z0-9_.<>, ]*)?;[[:space:]]*$'
header=$(awk -v re="$directive" 'body == 0 && ($0 ~ re || $0 ~ /^[[:space:]]*$/) {print; next} {body = 1}' <<<"$quick_start")
body=$(awk -v re="$directive" 'body == 0 && ($0 ~ re || $0 ~ /^[[:space:]]*$/) {next} {body = 1; print}' <<<"$quick_start")
body=$(sed -E 's/Environment = BelvoEnvironment\.[A-Za-z]+/BaseAddress = belvoEmulator.BaseAddress/' <<<"$body")
grep -q 'belvoEmulator.BaseAddress\|BELVO_BASE_URL' <<<"$body" \
  || die "the quick start sets neither 'Environment = BelvoEnvironment.<name>' nor reads BELVO_BASE_URL: the script cannot point it at the emulator; update step 4"
{
  echo "// Generated by eng/verify-package.sh from README.md's quick start."
  echo "$header"
  echo "using Belvo.Sdk.Testing;"
  echo
  echo "await using var belvoEmulator = await BelvoEmulator.StartAsync();"
  echo "Environment.SetEnvironmentVariable(\"BELVO_SECRET_ID\", belvoEmulator.SecretId);"
  echo "Environment.SetEnvironmentVariable(\"BELVO_SECRET_PASSWORD\", belvoEmulator.SecretPassword);"
  echo "Environment.SetEnvironmentVariable(\"BELVO_BASE_URL\", belvoEmulator.BaseAddress.ToString());"
  echo
  echo "$body"
  echo
  echo "PackageChecks.Run(typeof(BelvoClient).Assembly, typeof(BelvoEmulator).Assembly);"
} >"$app/Program.cs"
cat >"$app/PackageChecks.cs" <<'CS'
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

/// <summary>What users of the packages rely on without seeing it: each DLL embeds its PDB and every source file,
/// and the paths in it are neutral (/_/...), never the build machine's folders.</summary>
internal static class PackageChecks
{
    private static readonly Guid EmbeddedSource = new("0E8A571B-6926-466E-B4AD-8AB04611F5FE");

    public static void Run(params Assembly[] assemblies)
    {
        foreach (var assembly in assemblies)
        {
            using var pe = new PEReader(File.OpenRead(assembly.Location));
            var entry = pe.ReadDebugDirectory().SingleOrDefault(e => e.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
            if (entry.DataSize == 0)
            {
                throw new InvalidOperationException($"{assembly.GetName().Name} has no embedded PDB");
            }

            using var provider = pe.ReadEmbeddedPortablePdbDebugDirectoryData(entry);
            var pdb = provider.GetMetadataReader();
            var embedded = pdb.CustomDebugInformation.Select(pdb.GetCustomDebugInformation)
                .Where(c => pdb.GetGuid(c.Kind) == EmbeddedSource).Select(c => c.Parent).ToHashSet();
            foreach (var handle in pdb.Documents)
            {
                var path = pdb.GetString(pdb.GetDocument(handle).Name);
                if (!path.StartsWith("/_/", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"{assembly.GetName().Name}: source path {path} is not neutral (/_/...)");
                }

                if (!embedded.Contains(handle))
                {
                    throw new InvalidOperationException($"{assembly.GetName().Name}: {path} is not embedded in the PDB");
                }
            }

            Console.WriteLine($"package check: {assembly.GetName().Name} embeds {pdb.Documents.Count} source files under /_/");
        }
    }
}
CS

# 4b. The example on each package page (the first ```csharp block of the packed README) must compile too; it is
#     only compiled, as a method nothing calls (the Belvo.Sdk one would call Belvo's sandbox).
extract_first_block='/^```csharp/ {in_block = 1; next} in_block && /^```/ {exit} in_block {print}'
index=0
for package in "${packages[@]}"; do
  example=$(unzip -p "$package" README.md | awk "$extract_first_block")
  [ -n "$example" ] || continue
  index=$((index + 1))
  {
    echo "// Generated by eng/verify-package.sh from the README.md packed in $(basename "$package")."
    awk -v re="$directive" 'body == 0 && ($0 ~ re || $0 ~ /^[[:space:]]*$/) {print; next} {body = 1}' <<<"$example"
    echo "internal static class PackagePageExample$index"
    echo "{"
    echo "    internal static async Task RunAsync()"
    echo "    {"
    awk -v re="$directive" 'body == 0 && ($0 ~ re || $0 ~ /^[[:space:]]*$/) {next} {body = 1; print "        " $0}' <<<"$example"
    echo "    }"
    echo "}"
  } >"$app/PackagePageExample$index.cs"
done

# 5. Restore (Belvo.* from the local folder only), build, run. The emulator accepts 123456 for any MFA prompt
#    (its instructions say so), which standard input answers if the quick start asks.
dotnet build "$app" -c Release -warnaserror >"$work/build.log" 2>&1 || { cat "$work/build.log"; tail -n +1 "$app"/*.cs; die "the quick start or a package page's example does not compile against the packages"; }
for id in "${ids[@]}"; do
  grep -q "\"${id}/${version}\"" "$app/obj/project.assets.json" || die "$id $version was not restored from the local folder"
done
say "the quick start and $index package-page example(s) compile against ${ids[*]} $version"
echo 123456 | timeout 60 dotnet run --project "$app" -c Release --no-build || die "the quick start failed against the emulator (exit $?)"
say "OK: the README's quick start runs against the installed packages"
