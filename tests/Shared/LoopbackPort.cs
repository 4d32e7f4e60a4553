using System.Net;
using System.Net.Sockets;

namespace Coach.Tests;

/// <summary>A free TCP port on 127.0.0.1, for a server a test starts as a process of its own.</summary>
internal static class LoopbackPort
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
