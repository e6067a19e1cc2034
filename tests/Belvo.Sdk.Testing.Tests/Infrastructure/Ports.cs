using System.Net;
using System.Net.Sockets;

namespace Belvo.Sdk.Testing.Tests.Infrastructure;

internal static class Ports
{
    /// <summary>
    /// Binds 127.0.0.1:<paramref name="port"/> and lets it go: this proves nothing listens there any more (a listener
    /// still open makes the bind fail with AddressAlreadyInUse).
    /// </summary>
    public static void AssertFree(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        listener.Stop();
    }
}
