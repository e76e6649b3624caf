import { lockDataFolder } from '../../main/store/folder-lock'

/** Test helper process: takes the lock of the data folder given as argument, says "locked", and waits. */
void lockDataFolder(process.argv[2] ?? '').then(() => {
  process.stdout.write('locked\n')
  setInterval(() => undefined, 1000)
})
