// Its own module, free of three: the element's public typings name it, and a page's TypeScript
// must not need three's types to check them.

/**
 * A camera position around the orbit target: angles in degrees as three's `Spherical`
 * (theta about +y from +z, the nose; phi down from +y, straight above), and the distance as
 * a multiple of the home framing's (1 = home, 0.5 = twice as close). Relative distance keeps a
 * view meaningful whatever the head's size in millimetres.
 */
export interface CameraOrbit {
  theta: number;
  phi: number;
  radius: number;
}
