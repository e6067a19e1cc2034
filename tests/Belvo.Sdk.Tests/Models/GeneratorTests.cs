using Belvo.Sdk.Generator;
using Belvo.Sdk.Generator.Emit;
using Belvo.Sdk.Generator.Naming;
using Belvo.Sdk.Generator.Output;
using Belvo.Sdk.Generator.Spec;

namespace Belvo.Sdk.Tests.Models;

/// <summary>The generator's own rules, and the committed output being what it writes today.</summary>
public sealed class GeneratorTests
{
    [Fact]
    public void Committed_generated_code_is_what_the_generator_writes()
    {
        var layout = RepositoryLayout.Find(BelvoSpec.RepositoryRoot);

        var differences = OutputWriter.Differences(FileSet.Create(BelvoSpec.Models, BelvoSpec.Operations, layout), layout.OwnedDirectories);

        Assert.Empty(differences);
    }

    [Theory]
    [InlineData("Food & Groceries", "FoodAndGroceries")]
    [InlineData("Nómina", "Nomina")]
    [InlineData("Factura Electrónica de Venta", "FacturaElectronicaDeVenta")]
    [InlineData("CHECKING_ACCOUNT", "CheckingAccount")]
    [InlineData("token_required", "TokenRequired")]
    [InlineData("E-commerce", "ECommerce")]
    [InlineData("Apps, Software and Cloud Services", "AppsSoftwareAndCloudServices")]
    [InlineData("6h", "SixHours")]
    [InlineData("24h", "TwentyFourHours")]
    [InlineData("30d", "ThirtyDays")]
    [InlineData("num_transactions_1w", "NumTransactions1W")]
    [InlineData("days_balance_below_0_1w", "DaysBalanceBelow0_1W")]
    [InlineData("detalle_pago_r1_isr_personas_morales", "DetallePagoR1IsrPersonasMorales")]
    public void Identifiers_are_readable_pascal_case(string text, string expected) =>
        Assert.Equal(expected, Identifiers.Pascal(text));

    [Fact]
    public void Letters_without_an_ascii_spelling_stop_the_generator() =>
        Assert.Throws<ArgumentException>(() => Identifiers.Pascal("Straße"));

    [Fact]
    public void Unclean_schema_names_need_a_map_entry()
    {
        Assert.Equal("LinkStatus", NameMap.TypeName("EnumLinkStatus", isEnum: true));
        Assert.Equal("AsyncRequestAccepted", NameMap.TypeName("AsynchronousAccepted202", isEnum: false));
        Assert.Throws<InvalidOperationException>(() => NameMap.TypeName("InlineResponse201", isEnum: false));
        Assert.Throws<InvalidOperationException>(() => NameMap.TypeName("Anonymous3", isEnum: false));
    }

    [Fact]
    public void Yaml_scalars_keep_the_types_their_authors_wrote()
    {
        var json = YamlToJson.Convert(new StringReader("a: 89608418\nb: '89608418'\nc: 2019-09-27\nd: .nan\ne: ~\nf: 1.50\ng: true\n"));

        Assert.Equal("""{"a":89608418,"b":"89608418","c":"2019-09-27","d":null,"e":null,"f":1.50,"g":true}""", json.ToJsonString());
    }

    [Fact]
    public void Options_parse_check_and_help_and_reject_anything_else()
    {
        Assert.Equal(new GeneratorOptions(Check: true, Help: false), GeneratorOptions.Parse(["--check"]));
        Assert.Throws<ArgumentException>(() => GeneratorOptions.Parse(["--spec", "x.yaml"]));
        Assert.True(GeneratorOptions.Parse(["--help"]).Help);
        Assert.Throws<ArgumentException>(() => GeneratorOptions.Parse(["--force"]));
    }
}
