using System.Collections.Concurrent;
using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Wijkmix.Web.Hosting;

namespace Wijkmix.Web.BrowserTests.Map;

/// <summary>
/// A tile server on 127.0.0.1 standing in for PDOK (no internet here): it answers every request with one light-grey
/// 256×256 PNG made here, and keeps the paths it was asked for.
/// </summary>
public sealed class TileServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TileServer(WebApplication app) => _app = app;

    public ConcurrentQueue<string> Requested { get; } = new();

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public static async Task<TileServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var server = new TileServer(builder.Build());
        var png = Png(256, 256, 0xE8, 0xE4, 0xD8);
        server._app.Run(async context =>
        {
            server.Requested.Enqueue(context.Request.Path.Value ?? string.Empty);
            context.Response.ContentType = "image/png";
            await context.Response.Body.WriteAsync(png);
        });
        await server._app.StartAsync();
        server.BaseAddress = new Uri(WijkmixWeb.Urls(server._app)[0]);
        return server;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    /// <summary>A one-colour RGB PNG (signature, IHDR, one zlib IDAT of unfiltered rows, IEND), as the PNG specification lays it out.</summary>
    public static byte[] Png(int width, int height, byte red, byte green, byte blue)
    {
        using var raw = new MemoryStream();
        for (var row = 0; row < height; row++)
        {
            raw.WriteByte(0);
            for (var column = 0; column < width; column++)
            {
                raw.Write([red, green, blue]);
            }
        }

        using var packed = new MemoryStream();
        using (var zlib = new ZLibStream(packed, CompressionLevel.Optimal, leaveOpen: true))
        {
            raw.Position = 0;
            raw.CopyTo(zlib);
        }

        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", [.. BigEndian(width), .. BigEndian(height), 8, 2, 0, 0, 0]);
        Chunk(png, "IDAT", packed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        byte[] typed = [.. type.Select(c => (byte)c), .. data];
        png.Write(BigEndian(data.Length));
        png.Write(typed);
        png.Write(BigEndian((int)Crc32(typed)));
    }

    private static byte[] BigEndian(int value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
