using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Lesson.FrontEnd.Tests;

/// <summary>
/// Runs code in a Jupyter kernel over the server's websocket with the Jupyter message protocol
/// (an <c>execute_request</c> on the shell channel; outputs on iopub until the kernel is idle
/// again for that request). Returns the text of every output and whether an error came back.
/// </summary>
internal static class KernelChannel
{
    public sealed record Result(string Status, string Outputs, bool HadError);

    public static async Task<Result> ExecuteAsync(Uri channels, string code, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(channels, timeout.Token);
        string msgId = Guid.NewGuid().ToString("N");
        var request = new JsonObject
        {
            ["header"] = new JsonObject
            {
                ["msg_id"] = msgId, ["username"] = "test", ["session"] = Guid.NewGuid().ToString("N"),
                ["msg_type"] = "execute_request", ["version"] = "5.3", ["date"] = DateTime.UtcNow.ToString("o"),
            },
            ["parent_header"] = new JsonObject(),
            ["metadata"] = new JsonObject(),
            ["content"] = new JsonObject
            {
                ["code"] = code, ["silent"] = false, ["store_history"] = true,
                ["user_expressions"] = new JsonObject(), ["allow_stdin"] = false, ["stop_on_error"] = true,
            },
            ["channel"] = "shell",
            ["buffers"] = new JsonArray(),
        };
        await socket.SendAsync(Encoding.UTF8.GetBytes(request.ToJsonString()), WebSocketMessageType.Text, true, timeout.Token);

        var outputs = new StringBuilder();
        string status = "";
        bool error = false, idle = false;
        while (!(idle && status.Length > 0))
        {
            var message = JsonNode.Parse(await ReceiveAsync(socket, timeout.Token))!;
            if (message["parent_header"]?["msg_id"]?.GetValue<string>() != msgId) continue;
            var content = message["content"]!;
            switch (message["header"]!["msg_type"]!.GetValue<string>())
            {
                case "execute_reply": status = content["status"]!.GetValue<string>(); break;
                case "status": idle |= content["execution_state"]!.GetValue<string>() == "idle"; break;
                case "stream": outputs.AppendLine(content["text"]!.GetValue<string>()); break;
                case "execute_result" or "display_data": outputs.AppendLine(content["data"]!.ToJsonString()); break;
                case "error":
                    error = true;
                    outputs.AppendLine(content["ename"] + ": " + content["evalue"]);
                    break;
            }
        }
        return new Result(status, outputs.ToString(), error || status != "ok");
    }

    private static async Task<string> ReceiveAsync(ClientWebSocket socket, CancellationToken cancel)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult part;
        do
        {
            part = await socket.ReceiveAsync(buffer, cancel);
            if (part.MessageType == WebSocketMessageType.Close)
                throw new InvalidOperationException("The kernel's websocket closed before the request finished.");
            message.Write(buffer, 0, part.Count);
        }
        while (!part.EndOfMessage);
        return Encoding.UTF8.GetString(message.ToArray());
    }
}
