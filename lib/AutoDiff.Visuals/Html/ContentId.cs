using System.Text;

namespace AutoDiff.Visuals;

/// <summary>Element ids derived from content (FNV-1a), so several pictures on one page never
/// share an id while the same picture always gets the same id: no GUIDs, no counters.</summary>
public static class ContentId
{
    /// <summary>A short id such as "ad3f9c01b2" made from <paramref name="prefix"/> and a hash of
    /// <paramref name="content"/>.</summary>
    public static string Of(string prefix, string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        ulong hash = 14695981039346656037UL;
        foreach (byte b in Encoding.UTF8.GetBytes(content))
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }
        return prefix + (hash & 0xFFFFFFFFFFUL).ToString("x10", System.Globalization.CultureInfo.InvariantCulture);
    }
}
