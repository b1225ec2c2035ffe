namespace Lesson.Notebooks.Publishing;

/// <summary>
/// An exclusive lock on a lesson output folder, held while its index is rebuilt, so that two runners
/// writing into one folder take turns. It is an OS file lock on <c>.lesson.lock</c>: it is released
/// when disposed or when its process ends, however it ends. The file itself stays (deleting it
/// could let two runners lock two different files).
/// </summary>
internal sealed class FolderLock : IDisposable
{
    private readonly FileStream _file;

    private FolderLock(FileStream file) => _file = file;

    /// <summary>Waits until the folder's lock is free, then holds it.</summary>
    public static FolderLock Acquire(string folder)
    {
        var path = Path.Combine(folder, ".lesson.lock");
        while (true)
        {
            try
            {
                return new FolderLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another runner holds it: it only rebuilds an index, which takes milliseconds.
                Thread.Sleep(20);
            }
        }
    }

    public void Dispose() => _file.Dispose();
}
