import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isLogoImage, logoImageInfo } from '../../../shared/domain/logo-image'
import { settingsPatchSchema } from '../../../shared/model'

const png = readFileSync(join(__dirname, '..', '..', '..', 'build', 'icon.png'))
/** A 12 × 6 JPEG (made with pdftoppm). */
const jpeg = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjL/wAARCAAGAAwDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDjaKKK6D50/9k=',
  'base64',
)
const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')

describe('report logo', () => {
  it('accepts a whole PNG or JPEG and reads its size', () => {
    expect(logoImageInfo(png)).toMatchObject({ type: 'png', width: expect.any(Number) })
    expect(logoImageInfo(jpeg)).toEqual({ type: 'jpg', width: 12, height: 6 })
    expect(isLogoImage(png.toString('base64'))).toBe(true)
    expect(isLogoImage(`data:image/jpeg;base64,${jpeg.toString('base64')}`)).toBe(true)
  })

  it('refuses SVG, text, a PNG header on other bytes, and cut-off or damaged images', () => {
    expect(isLogoImage(svg.toString('base64'))).toBe(false)
    expect(isLogoImage('dit is geen base64!')).toBe(false)
    const fakePng = Buffer.concat([png.subarray(0, 33), Buffer.alloc(200)])
    expect(logoImageInfo(fakePng)).toBeUndefined()
    expect(logoImageInfo(png.subarray(0, png.length - 20))).toBeUndefined()
    const damaged = Buffer.from(png)
    damaged[40] = (damaged[40] ?? 0) ^ 0xff
    expect(logoImageInfo(damaged)).toBeUndefined()
    expect(logoImageInfo(jpeg.subarray(0, jpeg.length - 2))).toBeUndefined()
    expect(
      logoImageInfo(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xd9]), Buffer.alloc(200)])),
    ).toBeUndefined()
  })

  it('lets settings.update take only such a logo (or none)', () => {
    expect(settingsPatchSchema.safeParse({ logoBase64: png.toString('base64') }).success).toBe(true)
    expect(settingsPatchSchema.safeParse({ logoBase64: '' }).success).toBe(true)
    const refused = settingsPatchSchema.safeParse({ logoBase64: svg.toString('base64') })
    expect(refused.success).toBe(false)
    expect(refused.error?.issues[0]).toMatchObject({ path: ['logoBase64'], params: { rule: 'logoImage' } })
  })
})
