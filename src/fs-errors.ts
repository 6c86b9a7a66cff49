/** A file-system error in words a user acts on. */
export function fileErrorText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  switch (code) {
    case 'ENOENT':
      return 'no such file'
    case 'EISDIR':
      return 'is a folder, not a file'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'ENOSPC':
      return 'no space left on the device'
    case 'EROFS':
      return 'the file system is read-only'
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder'
    case 'ELOOP':
      return 'too many symbolic links (a loop?)'
    case 'ENAMETOOLONG':
      return 'the path is too long'
    default:
      return (error as Error).message
  }
}
