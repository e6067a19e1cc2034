using System.Text.Json;
using System.Text.Json.Nodes;

namespace Belvo.Sdk.Tests.Models;

public sealed class ZzDiagnostics
{
    [Fact]
    public void Dump()
    {
        var lines = new List<string>();
        var all = BelvoSpec.All;
        lines.Add($"roots {BelvoSpec.Roots.Count} objects {all.Objects.Count} enums {all.Enums.Count} fields {all.Fields.Count}");
        lines.AddRange(all.ShapeProblems.Select(p => "SHAPE " + p));
        lines.AddRange(all.Fields.Values.Where(f => !f.Typed).Select(f => $"UNTYPED {f.Name} :: {f.Problem} @ {f.Location}"));
        var cur = BelvoSpec.CurrentResponses;
        lines.Add($"current fields {cur.Fields.Count} typed {cur.Fields.Values.Count(f => f.Typed)}");
        lines.AddRange(cur.Fields.Values.Where(f => !f.Typed).Select(f => $"CUR-UNTYPED {f.Name} :: {f.Problem}"));
        lines.Add($"examples {SpecExamples.Responses.Count} referenced {SpecExamples.ReferencedExamples} repaired {SpecExamples.RepairedIds}");
        foreach (var (key, (type, json)) in SpecExamples.Responses)
        {
            try
            {
                var info = BelvoSpec.TypeInfo(type);
                var model = JsonSerializer.Deserialize(json, info);
                foreach (var f in ModelGraph.UnmappedFields(model).Distinct())
                {
                    lines.Add($"EXAMPLE-UNMAPPED {f} @ {key}");
                }

                var written = JsonSerializer.Serialize(model, info);
                foreach (var d in JsonEquivalence.Differences(JsonNode.Parse(json), JsonNode.Parse(written)))
                {
                    lines.Add($"EXAMPLE-DIFF {key}: {d}");
                }
            }
            catch (Exception e)
            {
                lines.Add($"EXAMPLE-FAIL {key}: {e.GetType().Name} {e.Message}");
            }
        }

        foreach (var node in all.Objects.Values)
        {
            try
            {
                var sample = SchemaSamples.Build(node.Schema, node.Key)!;
                var info = BelvoSpec.TypeInfo(node.Type);
                var model = JsonSerializer.Deserialize(sample.ToJsonString(), info);
                foreach (var f in ModelGraph.UnmappedFields(model).Distinct())
                {
                    lines.Add($"SAMPLE-UNMAPPED {f} @ {node.Key}");
                }

                var written = JsonSerializer.Serialize(model, info);
                foreach (var d in JsonEquivalence.Differences(sample, JsonNode.Parse(written)))
                {
                    lines.Add($"SAMPLE-DIFF {node.Key}: {d}");
                }
            }
            catch (Exception e)
            {
                lines.Add($"SAMPLE-FAIL {node.Key}: {e.GetType().Name} {e.Message}");
            }
        }

        foreach (var (root, type) in BelvoSpec.Roots)
        {
            try
            {
                var sample = SchemaSamples.Build(root.Schema, root.ToString())!;
                var info = BelvoSpec.TypeInfo(type);
                var model = JsonSerializer.Deserialize(sample.ToJsonString(), info);
                foreach (var f in ModelGraph.UnmappedFields(model).Distinct())
                {
                    lines.Add($"ROOT-UNMAPPED {f} @ {root}");
                }
            }
            catch (Exception e)
            {
                lines.Add($"ROOT-FAIL {root}: {e.GetType().Name} {e.Message}");
            }
        }

        File.WriteAllLines("/tmp/scratch/diag.txt", lines);
    }
}
