using System.Globalization;

namespace AutoDiff;

/// <summary>Byte counts in words for reports and notebooks.</summary>
public static class MemorySize
{
    /// <summary>Formats a byte count with a binary unit: 512 B, 56.3 KB, 3.1 MB, 1.2 GB
    /// (1 KB = 1024 B).</summary>
    public static string Format(long bytes)
    {
        string[] units = ["B", "KB", "MB", "GB", "TB"];
        double size = bytes;
        int unit = 0;
        while (Math.Abs(size) >= 1024 && unit < units.Length - 1)
        {
            size /= 1024;
            unit++;
        }
        string number = unit == 0
            ? size.ToString("0", CultureInfo.InvariantCulture)
            : size.ToString("0.#", CultureInfo.InvariantCulture);
        return $"{number} {units[unit]}";
    }
}
