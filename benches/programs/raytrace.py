# Workload: a small ray tracer with vector classes.
#
# Vec objects with arithmetic dunders, spheres and a checkered plane, point
# lights with shadows, reflections to a fixed depth. Renders a small image,
# prints it as ASCII art and prints a checksum of the quantised colours.

import math

EPS = 1e-6


class Vec:
    __slots__ = ('x', 'y', 'z')

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vec(self.y * o.z - self.z * o.y,
                   self.z * o.x - self.x * o.z,
                   self.x * o.y - self.y * o.x)

    def length(self):
        return math.sqrt(self.dot(self))

    def norm(self):
        n = self.length()
        return Vec(self.x / n, self.y / n, self.z / n)

    def hadamard(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)

    def __repr__(self):
        return 'Vec(%.3f, %.3f, %.3f)' % (self.x, self.y, self.z)


BLACK = Vec(0.0, 0.0, 0.0)
WHITE = Vec(1.0, 1.0, 1.0)


class Ray:
    __slots__ = ('origin', 'direction')

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse=0.8, specular=0.3, shininess=20, reflect=0.0):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflect = reflect

    def color_at(self, point):
        return self.color


class Checker(Material):
    def __init__(self, a, b, size, **kw):
        super().__init__(a, **kw)
        self.other = b
        self.size = size

    def color_at(self, point):
        k = math.floor(point.x / self.size) + math.floor(point.z / self.size)
        return self.color if k % 2 == 0 else self.other


class Shape:
    def __init__(self, material):
        self.material = material

    def intersect(self, ray):
        raise NotImplementedError

    def normal(self, point):
        raise NotImplementedError


class Sphere(Shape):
    def __init__(self, center, radius, material):
        super().__init__(material)
        self.center = center
        self.radius = radius

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        s = math.sqrt(disc)
        t = -b - s
        if t > EPS:
            return t
        t = -b + s
        if t > EPS:
            return t
        return None

    def normal(self, point):
        return (point - self.center).norm()


class Plane(Shape):
    def __init__(self, point, normal_vec, material):
        super().__init__(material)
        self.point = point
        self.n = normal_vec.norm()

    def intersect(self, ray):
        denom = self.n.dot(ray.direction)
        if abs(denom) < EPS:
            return None
        t = (self.point - ray.origin).dot(self.n) / denom
        return t if t > EPS else None

    def normal(self, point):
        return self.n


class Light:
    def __init__(self, position, color, intensity):
        self.position = position
        self.color = color
        self.intensity = intensity


class Scene:
    def __init__(self, shapes, lights, ambient):
        self.shapes = shapes
        self.lights = lights
        self.ambient = ambient
        self.rays = 0

    def hit(self, ray):
        self.rays += 1
        best_t = None
        best = None
        for s in self.shapes:
            t = s.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = s
        return best, best_t

    def shadowed(self, point, light):
        to_light = light.position - point
        dist = to_light.length()
        ray = Ray(point, to_light * (1.0 / dist))
        shape, t = self.hit(ray)
        return shape is not None and t < dist

    def trace(self, ray, depth):
        shape, t = self.hit(ray)
        if shape is None:
            k = 0.5 * (ray.direction.y + 1.0)
            return Vec(0.1, 0.1, 0.2) * (1 - k) + Vec(0.3, 0.4, 0.7) * k
        point = ray.at(t)
        n = shape.normal(point)
        if n.dot(ray.direction) > 0:
            n = -n
        mat = shape.material
        base = mat.color_at(point)
        color = base * self.ambient
        for light in self.lights:
            if self.shadowed(point + n * 1e-4, light):
                continue
            l = (light.position - point).norm()
            lam = n.dot(l)
            if lam > 0:
                color = color + base.hadamard(light.color) * (mat.diffuse * lam * light.intensity)
            h = (l - ray.direction).norm()
            spec = n.dot(h)
            if spec > 0:
                color = color + light.color * (mat.specular * spec ** mat.shininess * light.intensity)
        if mat.reflect > 0 and depth > 0:
            d = ray.direction
            r = d - n * (2 * d.dot(n))
            reflected = self.trace(Ray(point + n * 1e-4, r.norm()), depth - 1)
            color = color * (1 - mat.reflect) + reflected * mat.reflect
        return color


class Camera:
    def __init__(self, eye, target, up, fov, width, height):
        self.eye = eye
        self.width = width
        self.height = height
        forward = (target - eye).norm()
        right = forward.cross(up).norm()
        true_up = right.cross(forward)
        half = math.tan(math.radians(fov) / 2)
        aspect = width / height
        self.forward = forward
        self.right = right * (half * aspect)
        self.up = true_up * half

    def ray(self, px, py):
        u = (2 * (px + 0.5) / self.width) - 1
        v = 1 - (2 * (py + 0.5) / self.height)
        d = self.forward + self.right * u + self.up * v
        return Ray(self.eye, d.norm())


def build_scene():
    shapes = [
        Plane(Vec(0, -1, 0), Vec(0, 1, 0),
              Checker(Vec(0.9, 0.9, 0.9), Vec(0.2, 0.2, 0.2), 1.0, reflect=0.2)),
        Sphere(Vec(0, 0, 5), 1.0, Material(Vec(0.9, 0.2, 0.2), reflect=0.3)),
        Sphere(Vec(-2.2, 0.2, 6), 1.2, Material(Vec(0.2, 0.8, 0.3), specular=0.6)),
        Sphere(Vec(2.0, -0.3, 4.2), 0.7, Material(Vec(0.3, 0.4, 0.9), reflect=0.5)),
        Sphere(Vec(0.6, 1.6, 7.0), 0.8, Material(Vec(0.9, 0.8, 0.2))),
    ]
    lights = [
        Light(Vec(-5, 6, 0), Vec(1.0, 1.0, 1.0), 0.9),
        Light(Vec(6, 4, 2), Vec(1.0, 0.8, 0.6), 0.5),
    ]
    return Scene(shapes, lights, 0.1)


RAMP = ' .:-=+*#%@'


def clamp(x):
    return 0.0 if x < 0 else 1.0 if x > 1 else x


def render(width, height, samples):
    scene = build_scene()
    cam = Camera(Vec(0, 1.2, 0.5), Vec(0, 0, 5.5), Vec(0, 1, 0), 65, width, height)
    rows = []
    checksum = 0
    histogram = [0] * len(RAMP)
    for py in range(height):
        line = []
        for px in range(width):
            acc = BLACK
            for s in range(samples):
                ox = (s % 2) * 0.5 - 0.25
                oy = (s // 2) * 0.5 - 0.25
                acc = acc + scene.trace(cam.ray(px + ox, py + oy), 3)
            c = acc * (1.0 / samples)
            r, g, b = clamp(c.x), clamp(c.y), clamp(c.z)
            ir, ig, ib = int(r * 255), int(g * 255), int(b * 255)
            checksum = (checksum * 31 + ir * 65536 + ig * 256 + ib) % 1000000007
            lum = 0.2126 * r + 0.7152 * g + 0.0722 * b
            idx = min(len(RAMP) - 1, int(lum * len(RAMP)))
            histogram[idx] += 1
            line.append(RAMP[idx])
        rows.append(''.join(line))
    return rows, checksum, histogram, scene.rays


def main():
    rows, checksum, histogram, rays = render(64, 28, 4)
    for row in rows:
        print('|' + row + '|')
    print('checksum', checksum)
    print('histogram', histogram)
    print('rays traced', rays)
    print(Vec(1, 2, 3).cross(Vec(4, 5, 6)), (2 * Vec(1, 0, 0)).length())


main()
