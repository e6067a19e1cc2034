using Belvo.Sdk.Generator.Model;

namespace Belvo.Sdk.Generator;

/// <summary>The one-line summary printed after a run.</summary>
internal static class Statistics
{
    public static string Describe(ModelSet models, int fileCount, int changedCount)
    {
        var records = models.Records.ToList();
        var unions = models.Unions.ToList();
        var properties = records.Sum(record => record.Properties.Count) + unions.Sum(union => union.CommonProperties.Count);
        return $"{models.SchemaTypes.Count} schemas in scope → {records.Count} records, {models.Enums.Count()} enums, "
            + $"{unions.Count} unions, {properties} properties; {fileCount} files, {changedCount} changed.";
    }
}
