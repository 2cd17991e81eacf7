using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace CaseTracker.Api.Tests.Infrastructure;

/// <summary>
/// A real TCP link between a host and its PostgreSQL that a story can cut and restore: the host
/// sees exactly what a network partition or a database restart shows it — refused connections and
/// broken ones — while the database itself keeps its data.
/// </summary>
public sealed class DatabaseLink : IAsyncDisposable
{
    private readonly IPEndPoint _database;
    private readonly ConcurrentDictionary<TcpClient, byte> _open = new();
    private TcpListener? _listener;
    private CancellationTokenSource _stop = new();

    private DatabaseLink(IPEndPoint database, int port)
    {
        _database = database;
        Port = port;
    }

    public int Port { get; }

    public static DatabaseLink To(string host, int port)
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var free = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var link = new DatabaseLink(new IPEndPoint(IPAddress.Parse(host == "localhost" ? "127.0.0.1" : host), port), free);
        link.Restore();
        return link;
    }

    /// <summary>Refuse new connections and break every open one.</summary>
    public void Cut()
    {
        _stop.Cancel();
        _listener?.Stop();
        _listener = null;
        foreach (var client in _open.Keys) client.Dispose();
        _open.Clear();
    }

    public void Restore()
    {
        _stop = new CancellationTokenSource();
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Start();
        _ = Accept(_listener, _stop.Token);
    }

    private async Task Accept(TcpListener listener, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient inbound;
            try
            {
                inbound = await listener.AcceptTcpClientAsync(stop);
            }
            catch (Exception) when (stop.IsCancellationRequested || listener.Server is null)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }
            catch (SocketException)
            {
                return;
            }

            _ = Pipe(inbound, stop);
        }
    }

    private async Task Pipe(TcpClient inbound, CancellationToken stop)
    {
        var outbound = new TcpClient();
        _open[inbound] = 0;
        _open[outbound] = 0;
        try
        {
            await outbound.ConnectAsync(_database, stop);
            await Task.WhenAny(
                inbound.GetStream().CopyToAsync(outbound.GetStream(), stop),
                outbound.GetStream().CopyToAsync(inbound.GetStream(), stop));
        }
        catch (Exception)
        {
            // A cut link ends its connections abruptly; that is the point.
        }
        finally
        {
            inbound.Dispose();
            outbound.Dispose();
            _open.TryRemove(inbound, out _);
            _open.TryRemove(outbound, out _);
        }
    }

    public ValueTask DisposeAsync()
    {
        Cut();
        _stop.Dispose();
        return ValueTask.CompletedTask;
    }
}
