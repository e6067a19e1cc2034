using Belvo.Sdk.Generator.Model;

namespace Belvo.Sdk.Generator.Emit;

/// <summary>
/// Writes the response readers: for every record Belvo returns, a <c>JsonConverter</c> whose <c>Read</c> walks the
/// object once and matches each property name against the record's wire names as UTF-8 bytes; for every
/// extensible enumeration, a reader that returns the cached known value without making a string. They replace
/// System.Text.Json's per-property metadata when responses are read: that metadata is generic over each property's
/// type, so every value type (each enumeration struct, <c>decimal?</c>, <c>DateOnly?</c>, …) cost the JIT about fifty
/// methods on a process's first call, and reading went through a delegate per property. Writing still goes through
/// the source-generated context. <c>GeneratedReaders</c> hands them to System.Text.Json.
/// </summary>
internal static class ReaderEmitter
{
    public const string Namespace = "Belvo.Sdk.Serialization";

    /// <summary>
    /// Whether a record gets a reader: records Belvo returns, except union variants (their union's converter picks
    /// them) and records with <c>required</c> members (System.Text.Json enforces those when reading).
    /// </summary>
    public static bool HasReader(ObjectModel model) =>
        model.Union is null && model.Direction.HasFlag(Direction.Response) && !model.Properties.Any(property => property.Required);

    public static string ReaderName(string type) => type + "Reader";

    public static string EmitRecord(ObjectModel model, IReadOnlySet<string> readers, string modelsNamespace)
    {
        var writer = CodeWriter.File(Namespace, "System.Text.Json", "System.Text.Json.Serialization", modelsNamespace);
        var name = model.Name;
        writer.Line($"/// <summary>Reads <see cref=\"{name}\"/> from Belvo's JSON in one pass; writes it through <see cref=\"BelvoJsonContext\"/>.</summary>");
        writer.Line($"internal sealed class {ReaderName(name)} : JsonConverter<{name}>");
        using (writer.Block())
        {
            writer.Line($"public override {name}? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader, options);");
            writer.Line();
            writer.Line($"public override void Write(Utf8JsonWriter writer, {name} value, JsonSerializerOptions options) =>");
            writer.Line($"    JsonSerializer.Serialize(writer, value, BelvoJsonContext.Default.{name});");
            writer.Line();
            writer.Line($"/// <summary>Reads the object the reader is on (or <c>null</c>), leaving the reader on its last token.</summary>");
            writer.Line($"public static {name}? ReadValue(ref Utf8JsonReader reader, JsonSerializerOptions options)");
            using (writer.Block())
            {
                writer.Line("if (reader.TokenType == JsonTokenType.Null)");
                using (writer.Block())
                {
                    writer.Line("return null;");
                }

                writer.Line();
                writer.Line($"JsonValueReader.StartObject(ref reader, \"{name}\");");
                writer.Line($"var value = new {name}();");
                writer.Line("Dictionary<string, JsonElement>? extra = null;");
                writer.Line("while (true)");
                using (writer.Block())
                {
                    writer.Line("JsonValueReader.Next(ref reader);");
                    writer.Line("if (reader.TokenType == JsonTokenType.EndObject)");
                    using (writer.Block())
                    {
                        writer.Line("break;");
                    }

                    writer.Line();
                    writer.Line("var name = JsonValueReader.Unescaped(ref reader);");
                    writer.Line("JsonValueReader.Next(ref reader);");
                    var cases = model.Properties
                        .Select(property => (Wire: property.WireName, Statement: $"value.{property.Name} = {Value(property.Type, property.Nullable, property.WireName, readers)};"))
                        .Concat(model.Properties.SelectMany(property => property.Aliases.Select(alias =>
                            (Wire: alias, Statement: $"value.{property.Name} = ({Value(property.Type, nullable: true, alias, readers)}) ?? value.{property.Name};"))))
                        .ToList();
                    NameSwitch(writer, "name", cases, statement => [statement, "continue;"]);
                    writer.Line("JsonValueReader.Extra(ref reader, name, ref extra);");
                }

                writer.Line();
                writer.Line("value.AdditionalProperties = extra;");
                writer.Line("return value;");
            }
        }

        return writer.ToString();
    }

    public static string EmitEnum(EnumModel model, string modelsNamespace)
    {
        var writer = CodeWriter.File(Namespace, "System.Text.Json", modelsNamespace);
        var name = model.Name;
        writer.Line($"/// <summary>Reads <see cref=\"{name}\"/>: a known value is matched as UTF-8 and returned without a new string.</summary>");
        writer.Line($"internal static class {ReaderName(name)}");
        using (writer.Block())
        {
            writer.Line($"public static {name} Read(ref Utf8JsonReader reader)");
            using (writer.Block())
            {
                writer.Line("if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence)");
                using (writer.Block())
                {
                    writer.Line("var text = reader.ValueSpan;");
                    var cases = EnumEmitter.Members(model).Select(member => (Wire: member.Value, Statement: $"return {name}.{member.Name};")).ToList();
                    NameSwitch(writer, "text", cases, statement => [statement]);
                }

                writer.Line();
                writer.Line($"return {name}.FromValue(JsonValueReader.EnumText(ref reader, \"{name}\"));");
            }
        }

        return writer.ToString();
    }

    public static string EmitFactory(IReadOnlyList<ObjectModel> records, string modelsNamespace)
    {
        var writer = CodeWriter.File(Namespace, "System.Text.Json", "System.Text.Json.Serialization.Metadata", modelsNamespace);
        writer.Line("/// <summary>");
        writer.Line("/// Resolves each record Belvo returns to its generated reader, for the options responses are read with");
        writer.Line("/// (<see cref=\"BelvoJson.Read{T}\"/>); every other type falls through to <see cref=\"BelvoJsonContext\"/>. The type's name");
        writer.Line($"/// picks one of {Buckets} small methods first: compiling a method that names a type loads that type, so one method naming");
        writer.Line("/// every record would load them all on a process's first call.");
        writer.Line("/// </summary>");
        writer.Line("internal sealed class GeneratedReaders : IJsonTypeInfoResolver");
        using (writer.Block())
        {
            var buckets = records.GroupBy(record => Bucket(record.Name)).OrderBy(group => group.Key).ToList();
            writer.Line("public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)");
            using (writer.Block())
            {
                writer.Line("var name = type.Name;");
                writer.Line($"return ((name.Length + (name[0] * 7) + (name[^1] * 13)) % {Buckets}) switch");
                using (writer.Block(";"))
                {
                    foreach (var bucket in buckets)
                    {
                        writer.Line($"{bucket.Key} => Bucket{bucket.Key}(type, options),");
                    }

                    writer.Line("_ => null,");
                }
            }

            foreach (var bucket in buckets)
            {
                writer.Line();
                writer.Line($"private static JsonTypeInfo? Bucket{bucket.Key}(Type type, JsonSerializerOptions options) => type.Name switch");
                using (writer.Block(";"))
                {
                    foreach (var record in bucket)
                    {
                        writer.Line($"\"{record.Name}\" when type == typeof({record.Name}) => JsonMetadataServices.CreateValueInfo<{record.Name}>(options, new {ReaderName(record.Name)}()),");
                    }

                    writer.Line("_ => null,");
                }
            }
        }

        return writer.ToString();
    }

    private const int Buckets = 32;

    /// <summary>The <c>JsonValueReader</c> method that reads each built-in value type, naming the property when it fails.</summary>
    private static readonly Dictionary<string, string> ValueReaders = new(StringComparer.Ordinal)
    {
        ["int"] = "Int32",
        ["long"] = "Int64",
        ["decimal"] = "Decimal",
        ["bool"] = "Boolean",
        ["Guid"] = "Guid",
        ["DateOnly"] = "Date",
        ["DateTimeOffset"] = "Timestamp",
    };

    /// <summary>The bucket of a type name; the generated resolver computes the same from <c>Type.Name</c>.</summary>
    private static int Bucket(string name) => (name.Length + (name[0] * 7) + (name[^1] * 13)) % Buckets;

    /// <summary>The C# expression that reads a value of <paramref name="type"/> the reader is on.</summary>
    private static string Value(TypeRef type, bool nullable, string wireName, IReadOnlySet<string> readers)
    {
        var bang = nullable ? string.Empty : "!";
        var orNull = nullable ? "reader.TokenType == JsonTokenType.Null ? null : " : string.Empty; // value types only
        var property = $"\"{EnumEmitter.CSharpText(wireName)}\"";
        return type.Kind switch
        {
            TypeKind.Builtin when type == TypeRef.String => $"JsonValueReader.String(ref reader){bang}",
            TypeKind.Builtin when type == TypeRef.JsonElement => orNull + "JsonElement.ParseValue(ref reader)",
            TypeKind.Builtin => orNull + (ValueReaders.TryGetValue(type.Name, out var method)
                ? $"JsonValueReader.{method}(ref reader, {property})"
                : throw new NotSupportedException($"No reader for the built-in type {type.Name} ({wireName}).")),
            TypeKind.Enum => orNull + $"{ReaderName(type.Name)}.Read(ref reader)",
            TypeKind.Record when readers.Contains(type.Name) => $"{ReaderName(type.Name)}.ReadValue(ref reader, options){bang}",
            TypeKind.Record => $"JsonValueReader.Serialized<{type.Name}>(ref reader, options){bang}",
            TypeKind.List => $"JsonValueReader.List(ref reader, options, {Item(type.Item!, wireName, readers)}, {property}){bang}",
            _ => throw new NotSupportedException($"No reader for {type.CSharp} ({wireName})."),
        };
    }

    /// <summary>A list element reader: a method group or a static lambda.</summary>
    private static string Item(TypeRef item, string wireName, IReadOnlySet<string> readers) =>
        item == TypeRef.String
            ? "JsonValueReader.StringItem"
            : $"static (ref Utf8JsonReader reader, JsonSerializerOptions options) => {Value(item, nullable: false, wireName + "[]", readers)}";

    /// <summary>
    /// Matches a UTF-8 span against wire names: a <c>switch</c> on its length, then one comparison per name of that
    /// length, each running the case's statements.
    /// </summary>
    private static void NameSwitch(CodeWriter writer, string span, List<(string Wire, string Statement)> cases, Func<string, string[]> body)
    {
        if (cases.Count == 0)
        {
            return;
        }

        writer.Line($"switch ({span}.Length)");
        using (writer.Block())
        {
            foreach (var group in cases.GroupBy(item => System.Text.Encoding.UTF8.GetByteCount(item.Wire)).OrderBy(group => group.Key))
            {
                writer.Line($"case {group.Key}:");
                using (writer.Indent())
                {
                    foreach (var (wire, statement) in group)
                    {
                        writer.Line($"if ({span}.SequenceEqual(\"{EnumEmitter.CSharpText(wire)}\"u8))");
                        using (writer.Block())
                        {
                            foreach (var line in body(statement))
                            {
                                writer.Line(line);
                            }
                        }

                        writer.Line();
                    }

                    writer.Line("break;");
                }
            }
        }

        writer.Line();
    }
}
