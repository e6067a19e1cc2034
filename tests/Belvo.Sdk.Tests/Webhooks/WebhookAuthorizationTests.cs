using Belvo.Sdk.Webhooks;

namespace Belvo.Sdk.Tests.Webhooks;

public sealed class WebhookAuthorizationTests
{
    [Fact]
    public void Only_the_exact_configured_value_is_authorized()
    {
        var check = WebhookAuthorization.Bearer("s3cr3t-webhook-token");

        Assert.True(check.IsAuthorized("Bearer s3cr3t-webhook-token"));
        Assert.False(check.IsAuthorized("Bearer s3cr3t-webhook-tokeN"));
        Assert.False(check.IsAuthorized("bearer s3cr3t-webhook-token"));
        Assert.False(check.IsAuthorized("Bearer s3cr3t-webhook-token "));
        Assert.False(check.IsAuthorized("Bearer s3cr3t"));
        Assert.False(check.IsAuthorized("Bearer s3cr3t-webhook-token-and-more"));
        Assert.False(check.IsAuthorized("s3cr3t-webhook-token"));
        Assert.False(check.IsAuthorized(string.Empty));
        Assert.False(check.IsAuthorized(null));
    }

    [Fact]
    public void Basic_is_the_base64_of_user_and_password()
    {
        var check = WebhookAuthorization.Basic("belvo", "p@ss:word");

        Assert.True(check.IsAuthorized("Basic YmVsdm86cEBzczp3b3Jk"));
        Assert.False(check.IsAuthorized("Basic YmVsdm86cEBzczp3b3JK"));
    }

    [Fact]
    public void Any_header_value_can_be_configured_verbatim()
    {
        var check = new WebhookAuthorization("Token abc.def");

        Assert.True(check.IsAuthorized("Token abc.def"));
        Assert.False(check.IsAuthorized("Bearer abc.def"));
    }

    [Fact]
    public void The_expected_value_is_never_shown()
    {
        var check = WebhookAuthorization.Bearer("s3cr3t-webhook-token");

        Assert.DoesNotContain("s3cr3t", check.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_expected_value_is_refused()
    {
        Assert.ThrowsAny<ArgumentException>(() => new WebhookAuthorization(" "));
        Assert.ThrowsAny<ArgumentException>(() => WebhookAuthorization.Bearer(string.Empty));
        Assert.ThrowsAny<ArgumentException>(() => WebhookAuthorization.Basic(string.Empty, "p"));
    }
}
