using System.Text.Json.Nodes;

namespace Belvo.Sdk.Testing.Tests.Infrastructure;

/// <summary>Reads a 428 <c>token_required</c> answer and checks it has every field of the spec's TokenRequiredResponse.</summary>
internal static class MfaChallenge
{
    public static (string Session, string Link, JsonObject Data) AssertChallenge(ApiResult result, string type, bool expectsUserInput)
    {
        var error = result.AssertError(428, "token_required");
        Assert.Equal("A MFA token is required by the institution to login", (string?)error["message"]);
        Assert.Matches(ApiResult.RequestId(), (string?)error["session"]);
        Assert.True(error["expiry"]!.GetValue<int>() > 0);
        Assert.True(Guid.TryParse((string?)error["link"], out _));
        var data = error["token_generation_data"]!.AsObject();
        Assert.Equal(type, (string?)data["type"]);
        Assert.Equal(expectsUserInput, (bool)data["expects_user_input"]!);
        Assert.False(string.IsNullOrEmpty((string?)data["instructions"]));
        Assert.True(data.ContainsKey("value"));
        return ((string)error["session"]!, (string)error["link"]!, data);
    }

    public static Task<ApiResult> Register(ApiClient api, string username, string institution = "gotham_mx_business", string accessMode = "single") =>
        api.Post("/api/links/", new { institution, username, password = EmulatorCredentials.ValidPassword, access_mode = accessMode });
}
