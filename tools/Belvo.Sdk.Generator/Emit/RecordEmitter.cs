using Belvo.Sdk.Generator.Model;

namespace Belvo.Sdk.Generator.Emit;

/// <summary>Writes an object schema as a <c>public sealed record</c> (deriving from its union's base when it is a variant).</summary>
internal static class RecordEmitter
{
    public static string Emit(ObjectModel model, string @namespace)
    {
        var secrets = model.Properties.Any(property => property.IsSecret);
        var usings = new List<string> { "System.Text.Json.Serialization" };
        if (!model.IsRequestOnly && model.Properties.Any(property => property.Type == TypeRef.String))
        {
            usings.Add("Belvo.Sdk.Serialization");
        }

        if (model.Union is null || model.Properties.Any(property => property.Type.CSharp.Contains("JsonElement", StringComparison.Ordinal)))
        {
            usings.Add("System.Text.Json");
        }

        if (secrets)
        {
            usings.Add("System.Text");
        }

        var writer = CodeWriter.File(@namespace, [.. usings]);
        DocComments.Summary(writer, model.Description, $"The <c>{model.SchemaIds[0]}</c> object of Belvo's API.");
        var bases = new List<string>();
        if (model.Union is { } union)
        {
            writer.Line($"/// <remarks>One of the shapes of <see cref=\"{union.Name}\"/>.</remarks>");
            bases.Add(union.Name);
        }

        if (model.IsRequestOnly)
        {
            bases.AddRange(RequestShapes.Of(model.Properties));
        }

        writer.Line($"public sealed record {model.Name}{(bases.Count == 0 ? string.Empty : " : " + string.Join(", ", bases))}");

        using (writer.Block())
        {
            for (var index = 0; index < model.Properties.Count; index++)
            {
                if (index > 0)
                {
                    writer.Line();
                }

                MemberEmitter.Property(writer, model.Properties[index], model.IsRequestOnly);
            }

            if (model.Union is null)
            {
                if (model.Properties.Count > 0)
                {
                    writer.Line();
                }

                MemberEmitter.AdditionalProperties(writer);
            }

            if (secrets)
            {
                writer.Line();
                MemberEmitter.PrintMembers(
                    writer,
                    model.Properties,
                    withAdditionalProperties: model.Union is null,
                    model.Union is null ? PrintMembersKind.Sealed : PrintMembersKind.Derived);
            }
        }

        return writer.ToString();
    }
}
