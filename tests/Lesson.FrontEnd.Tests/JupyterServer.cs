using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lesson.FrontEnd.Tests;

/// <summary>
/// A Jupyter Notebook server on 127.0.0.1 with a token, started by a test, and its REST API
/// (<c>/api/status</c>, <c>/api/kernels</c>). Disposing stops it and its kernels.
/// </summary>
internal sealed class JupyterServer : IDisposable
{
    private readonly BackgroundProcess _process;
    private readonly HttpClient _http;

    public JupyterServer(BackgroundProcess process, int port, string token)
    {
        _process = process;
        Port = port;
        Token = token;
        _http = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromMinutes(2) };
        _http.DefaultRequestHeaders.Authorization = new("token", token);
    }

    public int Port { get; }

    public string Token { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}/";

    /// <summary>What the server printed so far (for failure messages).</summary>
    public string Log => _process.Output;

    /// <summary>
    /// Debian's classic Notebook (<c>jupyter-notebook</c>) serving <paramref name="folder"/> with
    /// a fresh port and token; <paramref name="environment"/> adds e.g. JUPYTER_PATH.
    /// </summary>
    public static JupyterServer StartNotebook(string folder, IReadOnlyDictionary<string, string> environment)
    {
        int port = FreePort.Next();
        string token = Guid.NewGuid().ToString("N");
        var process = new BackgroundProcess("jupyter-notebook", folder, environment,
            "--no-browser", "--ip", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--port-retries=0", "--NotebookApp.token=" + token, "--allow-root");
        return new JupyterServer(process, port, token);
    }

    /// <summary>Waits until the server answers <c>/api/status</c> (the process dying ends the wait with its log).</summary>
    public Task WaitUntilServingAsync(TimeSpan limit) =>
        Wait.UntilAsync(async () =>
        {
            if (_process.HasExited) throw new InvalidOperationException("The notebook server exited:\n" + Log);
            try
            {
                using var response = await _http.GetAsync("api/status");
                return response.IsSuccessStatusCode ? "serving" : null;
            }
            catch (HttpRequestException)
            {
                return null;
            }
        }, limit, () => $"the notebook server on port {Port}:\n{Log}");

    /// <summary>The kernel spec names the server offers.</summary>
    public async Task<IReadOnlyList<string>> KernelSpecsAsync()
    {
        var specs = await _http.GetFromJsonAsync<JsonObject>("api/kernelspecs") ?? [];
        return specs["kernelspecs"]?.AsObject().Select(p => p.Key).ToList() ?? [];
    }

    /// <summary>Opens a session for the notebook at <paramref name="notebookPath"/> (relative to the
    /// server's folder) with a new <paramref name="kernelName"/> kernel, as the Notebook page does:
    /// the kernel starts in the notebook's folder. Returns the kernel's id.</summary>
    public async Task<string> StartKernelAsync(string notebookPath, string kernelName)
    {
        var session = new { path = notebookPath, type = "notebook", name = "", kernel = new { name = kernelName } };
        using var response = await _http.PostAsJsonAsync("api/sessions", session);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST /api/sessions failed ({(int)response.StatusCode}): {body}\n{Log}");
        return JsonDocument.Parse(body).RootElement.GetProperty("kernel").GetProperty("id").GetString()!;
    }

    /// <summary>Ends every session and its kernel (a closed page leaves its kernel running).</summary>
    public async Task ShutDownSessionsAsync()
    {
        var sessions = await _http.GetFromJsonAsync<JsonArray>("api/sessions") ?? [];
        foreach (var session in sessions)
            using (await _http.DeleteAsync("api/sessions/" + session!["id"]!.GetValue<string>())) { }
    }

    /// <summary>The kernel's websocket channels (shell, iopub) in the Jupyter message protocol.</summary>
    public Uri ChannelsUri(string kernelId) => new($"ws://127.0.0.1:{Port}/api/kernels/{kernelId}/channels?token={Token}");

    /// <summary>The URL a browser opens to edit <paramref name="relativePath"/> (token included).</summary>
    public string NotebookUrl(string relativePath) => $"{BaseUrl}notebooks/{relativePath}?token={Token}";

    public void Dispose()
    {
        _http.Dispose();
        _process.Dispose();
    }
}
