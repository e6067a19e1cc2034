using Belvo.Sdk.Generator.Model;
using Belvo.Sdk.Generator.Operations;

namespace Belvo.Sdk.Generator;

/// <summary>The one-line summary printed after a run.</summary>
internal static class Statistics
{
    public static string Describe(ModelSet models, OperationSet operations, int fileCount, int changedCount)
    {
        var records = models.Records.ToList();
        var unions = models.Unions.ToList();
        var properties = records.Sum(record => record.Properties.Count) + unions.Sum(union => union.CommonProperties.Count);
        return $"{models.SchemaTypes.Count} schemas in scope → {records.Count} records, {models.Enums.Count()} enums, "
            + $"{unions.Count} unions, {properties} properties; {operations.Operations.Count()} operations in {operations.Resources.Count} resources; "
            + $"{fileCount} files, {changedCount} changed.";
    }
}
