using System.Collections.Concurrent;

namespace Belvo.Sdk.Testing.Data;

/// <summary>The sandbox institutions (names from Belvo's sandbox) and which of them are currently marked down.</summary>
internal sealed class InstitutionCatalog
{
    private readonly ConcurrentDictionary<string, bool> down = new(StringComparer.Ordinal);

    public IReadOnlyList<InstitutionInfo> All { get; } =
    [
        new(1003, "erebor_mx_retail", "Erebor Mexico", InstitutionInfo.Bank, "MX", "#056dae", false),
        new(1004, "erebor_co_retail", "Erebor Colombia", InstitutionInfo.Bank, "CO", "#056dae", false),
        new(1005, "erebor_br_retail", "Erebor Brazil", InstitutionInfo.Bank, "BR", "#056dae", false),
        new(1010, "gringotts_mx_retail", "Gringotts Mexico", InstitutionInfo.Bank, "MX", "#8c5e1f", false),
        new(1011, "gringotts_co_retail", "Gringotts Colombia", InstitutionInfo.Bank, "CO", "#8c5e1f", false),
        new(1012, "gringotts_br_retail", "Gringotts Brazil", InstitutionInfo.Bank, "BR", "#8c5e1f", false),
        new(1020, "gotham_mx_business", "Gotham Mexico Business", InstitutionInfo.Bank, "MX", "#1d1d1b", true),
        new(1021, "gotham_co_business", "Gotham Colombia Business", InstitutionInfo.Bank, "CO", "#1d1d1b", true),
        new(1022, "gotham_br_business", "Gotham Brazil Business", InstitutionInfo.Bank, "BR", "#1d1d1b", true),
        new(1030, "heimdall_mx_retail", "Heimdall Mexico", InstitutionInfo.Bank, "MX", "#c9a227", true),
        new(1031, "heimdall_co_retail", "Heimdall Colombia", InstitutionInfo.Bank, "CO", "#c9a227", true),
        new(1032, "heimdall_br_retail", "Heimdall Brazil", InstitutionInfo.Bank, "BR", "#c9a227", true),
        new(1040, "tatooine_mx_fiscal", "Tatooine Mexico Fiscal", InstitutionInfo.Fiscal, "MX", "#d28c2b", false),
        new(1041, "tatooine_cl_fiscal", "Tatooine Chile Fiscal", InstitutionInfo.Fiscal, "CL", "#d28c2b", false),
        new(1050, "imss_mx_employment", "IMSS", InstitutionInfo.Employment, "MX", "#13322b", false),
        new(1051, "inss_br_employment", "INSS Brazil", InstitutionInfo.Employment, "BR", "#1351b4", false),
        new(1060, "ofmockbank_br_retail", "Mock Bank Open Finance Brazil", InstitutionInfo.Bank, "BR", "#0b6e4f", false) { OpenFinance = true },
        new(1061, "ofheimdall_br_retail", "Heimdall Open Finance Brazil", InstitutionInfo.Bank, "BR", "#c9a227", true) { OpenFinance = true },
    ];

    public InstitutionInfo? Find(string name) => All.FirstOrDefault(i => i.Name == name);

    public InstitutionInfo? Find(int id) => All.FirstOrDefault(i => i.Id == id);

    public bool IsDown(string name) => down.TryGetValue(name, out var isDown) && isDown;

    public void SetDown(string name, bool isDown)
    {
        if (Find(name) is null)
        {
            throw new ArgumentException($"The emulator has no institution named '{name}'.", nameof(name));
        }

        down[name] = isDown;
    }

    public void ResetStatus() => down.Clear();
}
